package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lienthong.web.testing.MovableClock;

class RetryAfterAdviceTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T02:00:00Z"));
    private final RetryAfterAdvice advice = new RetryAfterAdvice(Duration.ofSeconds(2), Duration.ofSeconds(30), clock,
            new Random(20261205));

    @Test
    void theFirstRefusalsAreToldTheBaseWaitOrUpToHalfOfItMore() {
        for (int i = 0; i < 200; i++) {
            assertThat(advice.refused()).isBetween(2L, 3L);
        }
    }

    @Test
    void theWaitGrowsByHalfTheTimeTheSystemHasBeenRefusingUpToTheMaximum() {
        advice.refused();
        for (int second = 1; second <= 20; second++) {
            clock.advance(Duration.ofSeconds(1));
            advice.refused();
        }
        // Refusing for 20 s: 2 s + 10 s, and up to 6 s more.
        assertThat(advice.refused()).isBetween(12L, 18L);

        for (int second = 21; second <= 120; second++) {
            clock.advance(Duration.ofSeconds(1));
            advice.refused();
        }
        assertThat(advice.refused()).as("at most 30 s, and half of it at random").isBetween(30L, 45L);
    }

    @Test
    void answersGivenTogetherAreSpreadSoTheirResendsDoNotComeBackTogether() {
        for (int second = 0; second <= 40; second++) {
            clock.advance(Duration.ofSeconds(1));
            advice.refused();
        }
        Set<Long> waits = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            waits.add(advice.refused());
        }
        assertThat(waits).as("22 s to 33 s, refused in the same instant").hasSizeGreaterThan(8)
                .allSatisfy(wait -> assertThat(wait).isBetween(22L, 33L));
    }

    @Test
    void aPauseInTheRefusalsAsLongAsTheBaseWaitStartsOver() {
        for (int second = 0; second <= 30; second++) {
            clock.advance(Duration.ofSeconds(1));
            advice.refused();
        }
        assertThat(advice.refused()).isGreaterThanOrEqualTo(17);

        clock.advance(Duration.ofSeconds(2));
        assertThat(advice.refused()).as("2 s without a refusal is not yet a pause").isGreaterThanOrEqualTo(18);
        clock.advance(Duration.ofMillis(2001));
        assertThat(advice.refused()).isBetween(2L, 3L);
    }

    @Test
    void aBaseBelowOneSecondOrAMaximumBelowTheBaseIsRefusedNamingBoth() {
        assertThatThrownBy(() -> new RetryAfterAdvice(Duration.ofMillis(500), Duration.ofSeconds(30), clock, new Random()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry-after");
        assertThatThrownBy(() -> new RetryAfterAdvice(Duration.ofSeconds(5), Duration.ofSeconds(4), clock, new Random()))
                .hasMessageContaining("retry-after-max");
    }
}
