package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SimulatedAgencyConditionsTest {

    @Test
    void theSameSeedFailsTheSameCommandsAndAboutTheConfiguredShare() {
        var first = outcomes(new SimulatedAgencyConditions(Duration.ZERO, 0.3, 42));
        var second = outcomes(new SimulatedAgencyConditions(Duration.ZERO, 0.3, 42));

        assertThat(first).isEqualTo(second);
        long failures = first.chars().filter(c -> c == 'x').count();
        assertThat(failures).isBetween(250L, 350L);
    }

    @Test
    void noConditionsNeverFail() {
        assertThat(outcomes(SimulatedAgencyConditions.none())).doesNotContain("x");
    }

    @Test
    void aShareOfOneOrMoreIsRejected() {
        assertThatThrownBy(() -> new SimulatedAgencyConditions(Duration.ZERO, 1.0, 1))
                .hasMessageContaining("unavailable-share");
    }

    private static String outcomes(SimulatedAgencyConditions conditions) {
        var outcomes = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            try {
                conditions.beforeHandling();
                outcomes.append('.');
            } catch (AgencyUnavailableException e) {
                outcomes.append('x');
            }
        }
        return outcomes.toString();
    }
}
