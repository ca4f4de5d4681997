package vn.lienthong.idnumber.adapter.in.web.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles chosen by name with {@code lienthong.faults.profile} or {@code {"profile": ...}}. The
 * shares of {@code realistic} are guesses shaped by the officers' reports, not measurements: tune
 * them with overrides.
 */
public final class NamedFaultProfiles {

    static final Duration HANG_DURATION = Duration.ofSeconds(60);
    static final long SEED = 42;

    /** Everything works. */
    public static final FaultProfile NONE = new FaultProfile("none",
            Duration.ZERO, Duration.ZERO,
            0, HANG_DURATION,
            0, 0, 0, 0,
            List.of(), OutageMode.UNAVAILABLE, Duration.ZERO, Duration.ZERO, null,
            SEED);

    /** An ordinary day: mostly quick, sometimes very slow, and about one request in twelve fails. */
    public static final FaultProfile REALISTIC = new FaultProfile("realistic",
            Duration.ofMillis(80), Duration.ofMillis(1500),
            0.02, HANG_DURATION,
            0.05, 0.01, 0.002, 0.005,
            List.of(), OutageMode.UNAVAILABLE, Duration.ZERO, Duration.ZERO, null,
            SEED);

    /**
     * An ordinary day whose end-of-day rush, 16:00–17:30 when every commune uploads, brings the
     * database down: every request is refused, and slowly, as by an overloaded gateway.
     */
    public static final FaultProfile END_OF_DAY = new FaultProfile("end-of-day",
            REALISTIC.latencyMedian(), REALISTIC.latencyP99(),
            REALISTIC.hangShare(), HANG_DURATION,
            REALISTIC.serverErrorShare(), REALISTIC.droppedConnectionShare(), REALISTIC.permissionDeniedShare(),
            REALISTIC.malformedShare(),
            List.of(DailyWindow.parse("16:00-17:30")), OutageMode.UNAVAILABLE, Duration.ofSeconds(3),
            Duration.ofSeconds(15), null,
            SEED);

    /** Down all day, every day, until the profile is changed. */
    public static final FaultProfile OUTAGE = new FaultProfile("outage",
            Duration.ZERO, Duration.ZERO,
            0, HANG_DURATION,
            0, 0, 0, 0,
            List.of(DailyWindow.ALL_DAY), OutageMode.UNAVAILABLE, Duration.ZERO, Duration.ZERO, null,
            SEED);

    private static final Map<String, FaultProfile> BY_NAME = Map.of(
            NONE.name(), NONE, REALISTIC.name(), REALISTIC, END_OF_DAY.name(), END_OF_DAY, OUTAGE.name(), OUTAGE);

    private NamedFaultProfiles() {
    }

    public static Optional<FaultProfile> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.of(NONE.name(), REALISTIC.name(), END_OF_DAY.name(), OUTAGE.name());
    }
}
