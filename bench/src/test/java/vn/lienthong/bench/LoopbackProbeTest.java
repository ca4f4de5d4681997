package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoopbackProbeTest {

    @Test
    void eachRoundsCpuIsKeptAndTheMedianIsTakenOverTheRoundsInAWindow() throws InterruptedException {
        long before = System.nanoTime();
        List<LoopbackProbe.Round> rounds;
        try (var probe = LoopbackProbe.start(200, Duration.ofMillis(20))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (probe.rounds().size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            rounds = probe.rounds();
            assertThat(rounds).hasSizeGreaterThanOrEqualTo(5);
            // 200 round trips each cost both threads CPU: a write, a wake-up and a read on either side
            assertThat(rounds).allSatisfy(round -> assertThat(round.cpuNanos()).isPositive());

            long[] sorted = rounds.stream().limit(5).mapToLong(LoopbackProbe.Round::cpuNanos).sorted().toArray();
            long fifthEnded = rounds.get(4).atNanos();
            assertThat(probe.medianMillisBetween(before, fifthEnded + 1)).isEqualTo(sorted[2] / 1e6);
            // an even count: the mean of the two in the middle
            long[] four = rounds.stream().limit(4).mapToLong(LoopbackProbe.Round::cpuNanos).sorted().toArray();
            assertThat(probe.medianMillisBetween(before, rounds.get(3).atNanos() + 1)).isEqualTo((four[1] + four[2]) / 2.0 / 1e6);
            assertThat(probe.medianMillisBetween(before - 1_000, before)).isNaN();
        }
    }

    @Test
    void aClosedProbeTakesNoMoreRounds() throws InterruptedException {
        var probe = LoopbackProbe.start(50, Duration.ofMillis(10));
        probe.close();
        int taken = probe.rounds().size();
        Thread.sleep(100);

        assertThat(probe.rounds()).hasSize(taken);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("loopback-probe"));
    }

    @Test
    void aProbeWithoutWorkOrIntervalIsRefused() {
        assertThatThrownBy(() -> LoopbackProbe.start(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoopbackProbe.start(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
