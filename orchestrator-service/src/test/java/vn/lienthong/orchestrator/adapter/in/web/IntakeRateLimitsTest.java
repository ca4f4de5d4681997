package vn.lienthong.orchestrator.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Per-client limiters: their own limits, the time to wait, and the bound on how many are kept. */
class IntakeRateLimitsTest {

    private static final IntakeRateLimits.Limit THREE_A_MINUTE = new IntakeRateLimits.Limit(3, Duration.ofMinutes(1));

    @Test
    void aClientOverItsLimitIsToldItsLimitAndWhenToComeBackAndOthersAreNotHeldBack() {
        var limits = new IntakeRateLimits(THREE_A_MINUTE, Map.of(), 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.acquire("portal-a")).isEmpty();
        }

        var refused = limits.acquire("portal-a").orElseThrow();

        assertThat(refused.limit()).isEqualTo(THREE_A_MINUTE);
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(limits.acquire("portal-b")).isEmpty();
    }

    @Test
    void aClientsOwnLimitReplacesTheDefault() {
        var limits = new IntakeRateLimits(THREE_A_MINUTE,
                Map.of("national-portal", new IntakeRateLimits.Limit(5, Duration.ofMinutes(1))), 100);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.acquire("national-portal")).as("submission %d", i).isEmpty();
        }
        assertThat(limits.acquire("national-portal")).isPresent();
        assertThat(limits.limitOf("another")).isEqualTo(THREE_A_MINUTE);
    }

    @Test
    void pastMaxClientsTheLeastRecentlySeenIsForgottenAndStartsAfresh() {
        var limits = new IntakeRateLimits(new IntakeRateLimits.Limit(1, Duration.ofMinutes(1)), Map.of(), 2);
        assertThat(limits.acquire("a")).isEmpty();
        assertThat(limits.acquire("b")).isEmpty();
        assertThat(limits.acquire("b")).as("b is over its limit").isPresent();

        assertThat(limits.acquire("c")).isEmpty();

        assertThat(limits.acquire("a")).as("a was forgotten").isEmpty();
        assertThat(limits.acquire("c")).as("c was kept").isPresent();
    }

    @Test
    void aLimitAllowsAtLeastOneSubmissionInAPositivePeriod() {
        assertThatThrownBy(() -> new IntakeRateLimits.Limit(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntakeRateLimits.Limit(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
