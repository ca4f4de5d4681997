package vn.lienthong.idnumber.adapter.in.web.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;

import vn.lienthong.idnumber.domain.Refusal;

/**
 * A fault profile as written: in properties under {@code lienthong.faults} (kebab-case, e.g.
 * {@code lienthong.faults.hang-share=0.1}) and as the body of the admin API. Every field is
 * optional: {@code profile} names the starting point (default {@code none}) and each field given
 * overrides it. Durations are written {@code 80ms}, {@code 3s} or ISO-8601 ({@code PT1.5S}),
 * windows {@code HH:mm-HH:mm} in Vietnam time, {@code outageUntil} an ISO-8601 instant. The
 * fields mean what they mean on {@link FaultProfile}. None of it applies unless the simulation is
 * switched on ({@link #SIMULATION}).
 */
@ConfigurationProperties("lienthong.faults")
public record FaultSettings(
        String profile,
        String latencyMedian,
        String latencyP99,
        Double hangShare,
        String hangDuration,
        Double serverErrorShare,
        Double droppedConnectionShare,
        Double permissionDeniedShare,
        Double malformedShare,
        List<String> outageWindows,
        String outageMode,
        String outageLatencyMedian,
        String outageLatencyP99,
        String outageUntil,
        Long seed) {

    /**
     * The switch of the whole fault model, off by default: only with {@code true} do the fault
     * filter and the admin API exist. A stand-in for a test or a benchmark, never for production.
     */
    public static final String SIMULATION = "lienthong.faults.simulation";

    /** Whether any field is written, i.e. someone meant faults to happen. */
    public boolean anyGiven() {
        return java.util.stream.Stream.of(profile, latencyMedian, latencyP99, hangShare, hangDuration, serverErrorShare,
                droppedConnectionShare, permissionDeniedShare, malformedShare, outageWindows, outageMode,
                outageLatencyMedian, outageLatencyP99, outageUntil, seed).anyMatch(java.util.Objects::nonNull);
    }

    /** The profile written in full, so that sending it back reproduces it. */
    public static FaultSettings of(FaultProfile p) {
        return new FaultSettings(p.name(), text(p.latencyMedian()), text(p.latencyP99()), p.hangShare(),
                text(p.hangDuration()), p.serverErrorShare(), p.droppedConnectionShare(), p.permissionDeniedShare(),
                p.malformedShare(), p.outageWindows().stream().map(DailyWindow::toString).toList(),
                p.outageMode().name(), text(p.outageLatencyMedian()), text(p.outageLatencyP99()),
                p.outageUntil() == null ? null : p.outageUntil().toString(), p.seed());
    }

    /** The named profile with these overrides; throws {@link InvalidFaultProfileException} naming each bad field. */
    public FaultProfile toProfile() {
        Map<String, Refusal> problems = new LinkedHashMap<>();
        FaultProfile base = NamedFaultProfiles.find(
                profile == null ? NamedFaultProfiles.NONE.name() : profile.strip().toLowerCase(Locale.ROOT))
                .orElse(null);
        if (base == null) {
            problems.put("profile", FaultProblems.unknownProfile());
            base = NamedFaultProfiles.NONE;
        }
        var read = new Reader(problems);
        FaultProfile result = null;
        try {
            result = new FaultProfile(base.name(),
                    read.duration("latencyMedian", latencyMedian, base.latencyMedian()),
                    read.duration("latencyP99", latencyP99, base.latencyP99()),
                    hangShare == null ? base.hangShare() : hangShare,
                    read.duration("hangDuration", hangDuration, base.hangDuration()),
                    serverErrorShare == null ? base.serverErrorShare() : serverErrorShare,
                    droppedConnectionShare == null ? base.droppedConnectionShare() : droppedConnectionShare,
                    permissionDeniedShare == null ? base.permissionDeniedShare() : permissionDeniedShare,
                    malformedShare == null ? base.malformedShare() : malformedShare,
                    read.windows(outageWindows, base.outageWindows()),
                    read.value("outageMode", outageMode, FaultSettings::mode, base.outageMode(),
                            FaultProblems::invalidOutageMode),
                    read.duration("outageLatencyMedian", outageLatencyMedian, base.outageLatencyMedian()),
                    read.duration("outageLatencyP99", outageLatencyP99, base.outageLatencyP99()),
                    read.value("outageUntil", outageUntil, Instant::parse, base.outageUntil(),
                            FaultProblems::invalidInstant),
                    seed == null ? base.seed() : seed);
        } catch (InvalidFaultProfileException e) {
            // A field that could not be read was replaced by the base's value: its own problem says more.
            e.reasons().forEach(reason -> problems.putIfAbsent(reason.field(), reason));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFaultProfileException(List.copyOf(problems.values()));
        }
        return result;
    }

    private static Duration duration(String text) {
        Duration duration = DurationStyle.detectAndParse(text.strip());
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative");
        }
        return duration;
    }

    private static OutageMode mode(String text) {
        return OutageMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** {@code 3s} rather than {@code 3000ms} when whole seconds, so the answer reads like what was written. */
    private static String text(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 && millis > 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** Reads written values, noting each that cannot be read and standing in the base's value for it. */
    private record Reader(Map<String, Refusal> problems) {

        Duration duration(String field, String text, Duration base) {
            return value(field, text, FaultSettings::duration, base, FaultProblems::invalidDuration);
        }

        <T> T value(String field, String text, Function<String, T> parse, T base, Function<String, Refusal> problem) {
            if (text == null) {
                return base;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.put(field, problem.apply(field));
                return base;
            }
        }

        List<DailyWindow> windows(List<String> texts, List<DailyWindow> base) {
            if (texts == null) {
                return base;
            }
            List<DailyWindow> windows = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                try {
                    windows.add(DailyWindow.parse(texts.get(i)));
                } catch (IllegalArgumentException e) {
                    problems.put("outageWindows[" + i + "]", FaultProblems.invalidWindow("outageWindows[" + i + "]"));
                }
            }
            return windows;
        }
    }
}
