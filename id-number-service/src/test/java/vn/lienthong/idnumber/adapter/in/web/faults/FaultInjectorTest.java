package vn.lienthong.idnumber.adapter.in.web.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    /** 10:00 in Vietnam: outside the end-of-day rush. */
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    private static final int DRAWS = 20_000;

    @Test
    void eachKindComesAsOftenAsItsShareSays() {
        FaultProfile profile = FaultProfiles.with(NamedFaultProfiles.NONE, 0.10, 0.20, 0.05, 0.15, 0.30);
        Map<FaultKind, Integer> counts = counts(new FaultInjector(profile, MORNING), DRAWS);

        assertShare(counts, DRAWS, FaultKind.HANG, 0.10);
        assertShare(counts, DRAWS, FaultKind.DROPPED_CONNECTION, 0.20);
        assertShare(counts, DRAWS, FaultKind.SERVER_ERROR, 0.05);
        assertShare(counts, DRAWS, FaultKind.PERMISSION_DENIED, 0.15);
        assertShare(counts, DRAWS, FaultKind.MALFORMED, 0.30);
        assertShare(counts, DRAWS, FaultKind.NONE, 0.20);
    }

    @Test
    void theRealisticSharesHoldOverTenThousandRequests() {
        Map<FaultKind, Integer> counts = counts(new FaultInjector(NamedFaultProfiles.REALISTIC, MORNING), 10_000);

        assertShare(counts, 10_000, FaultKind.HANG, 0.02);
        assertShare(counts, 10_000, FaultKind.SERVER_ERROR, 0.05);
        assertShare(counts, 10_000, FaultKind.DROPPED_CONNECTION, 0.01);
        assertShare(counts, 10_000, FaultKind.PERMISSION_DENIED, 0.002);
        assertShare(counts, 10_000, FaultKind.MALFORMED, 0.005);
        assertThat(counts).doesNotContainKey(FaultKind.OUTAGE);
    }

    @Test
    void serverErrorsAreHalf500AndHalf503AndMalformedAnswersHalfHtml() {
        FaultProfile profile = FaultProfiles.with(NamedFaultProfiles.NONE, 0, 0, 1, 0, 0);
        long alternates = decisions(new FaultInjector(profile, MORNING), DRAWS).stream()
                .filter(FaultDecision::alternate).count();

        assertThat((double) alternates / DRAWS).isCloseTo(0.5, within(0.02));
    }

    @Test
    void theSameSeedReplaysTheSameFaultsAndANewProfileStartsAgainFromItsSeed() {
        FaultInjector first = new FaultInjector(NamedFaultProfiles.REALISTIC, MORNING);
        List<FaultDecision> sequence = decisions(first, 2_000);

        assertThat(decisions(new FaultInjector(NamedFaultProfiles.REALISTIC, MORNING), 2_000)).isEqualTo(sequence);
        first.activate(NamedFaultProfiles.REALISTIC);
        assertThat(decisions(first, 2_000)).isEqualTo(sequence);
        FaultProfile otherSeed = new FaultSettings("realistic", null, null, null, null, null, null, null, null, null,
                null, null, null, null, 43L).toProfile();
        assertThat(decisions(new FaultInjector(otherSeed, MORNING), 2_000)).isNotEqualTo(sequence);
    }

    @Test
    void latencyIsLogNormalWithTheConfiguredMedianAndP99() {
        List<Duration> delays = new ArrayList<>();
        decisions(new FaultInjector(FaultProfiles.latency("80ms", "1500ms"), MORNING), DRAWS)
                .forEach(decision -> delays.add(decision.delay()));
        delays.sort(null);

        assertThat(millis(delays.get(DRAWS / 2))).isCloseTo(80, within(8.0));
        assertThat(millis(delays.get(DRAWS * 99 / 100))).isCloseTo(1500, within(225.0));
        assertThat(millis(delays.get(DRAWS / 10))).isLessThan(40);
        assertThat(delays).allMatch(delay -> delay.compareTo(NamedFaultProfiles.HANG_DURATION) <= 0);
    }

    @Test
    void noLatencyMeansNoDelayAndAFixedLatencyIsAlwaysTheSame() {
        assertThat(decisions(new FaultInjector(NamedFaultProfiles.NONE, MORNING), 1_000))
                .allMatch(decision -> decision.delay().isZero() && decision.kind() == FaultKind.NONE);
        assertThat(decisions(new FaultInjector(FaultProfiles.latency("200ms", "200ms"), MORNING), 1_000))
                .allMatch(decision -> decision.delay().equals(Duration.ofMillis(200)));
    }

    @Test
    void hangsAreHeldForTheHangDurationAndFaultsAreDelayedLikeAnswers() {
        FaultProfile profile = new FaultSettings(null, "100ms", "100ms", 0.5, "3s", 0.5, null, null, null, null,
                null, null, null, null, null).toProfile();

        assertThat(decisions(new FaultInjector(profile, MORNING), 1_000)).allSatisfy(decision -> {
            if (decision.kind() == FaultKind.HANG) {
                assertThat(decision.held()).isTrue();
                assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(3));
            } else {
                assertThat(decision.kind()).isEqualTo(FaultKind.SERVER_ERROR);
                assertThat(decision.held()).isFalse();
                assertThat(decision.delay()).isEqualTo(Duration.ofMillis(100));
            }
        });
    }

    private static void assertShare(Map<FaultKind, Integer> counts, int draws, FaultKind kind, double share) {
        // Four standard deviations of a binomial count: fails on a wrong order or share, not by chance.
        double tolerance = 4 * Math.sqrt(draws * share * (1 - share));
        assertThat((double) counts.getOrDefault(kind, 0)).as(kind.name()).isCloseTo(draws * share, within(tolerance));
    }

    static Map<FaultKind, Integer> counts(FaultInjector faults, int draws) {
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        decisions(faults, draws).forEach(decision -> counts.merge(decision.kind(), 1, Integer::sum));
        return counts;
    }

    static List<FaultDecision> decisions(FaultInjector faults, int draws) {
        return IntStream.range(0, draws).mapToObj(i -> faults.next()).toList();
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
