package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Settings the relay or the consumers cannot work with are refused at the start, naming the setting. */
class MessagingPropertiesTest {

    @Test
    void aRelayRoundTakesAtLeastOneMessageAndTheSettingIsNamedOtherwise() {
        assertThatThrownBy(() -> relay(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.messaging.relay.batch-size")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> relay(-5)).hasMessageContaining("-5");
        assertThat(relay(1).batchSize()).isEqualTo(1);
    }

    @Test
    void aRelayHasAtLeastOneRoundInFlightAndTheSettingIsNamedOtherwise() {
        assertThatThrownBy(() -> relay(500, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.messaging.relay.rounds-in-flight")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> relay(500, -2)).hasMessageContaining("-2");
        assertThat(relay(500, 1).roundsInFlight()).isEqualTo(1);
    }

    @Test
    void anOffsetCommitIntervalBelowAMillisecondIsRefusedNamingTheSettingAndZeroMeansEveryBatch() {
        assertThatThrownBy(() -> consumer(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienthong.messaging.consumer.offset-commit-interval")
                .hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> consumer(Duration.ofNanos(500_000))).hasMessageContaining("PT0.0005S");
        assertThat(consumer(Duration.ofMillis(1)).offsetCommitInterval()).isEqualTo(Duration.ofMillis(1));
        assertThat(consumer(Duration.ZERO).offsetCommitInterval()).isZero();
    }

    private static MessagingProperties.Consumer consumer(Duration offsetCommitInterval) {
        return new MessagingProperties.Consumer(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMillis(10),
                20, offsetCommitInterval);
    }

    private static MessagingProperties.Relay relay(int batchSize) {
        return relay(batchSize, 4);
    }

    private static MessagingProperties.Relay relay(int batchSize, int roundsInFlight) {
        return new MessagingProperties.Relay(batchSize, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofMillis(5), roundsInFlight);
    }
}
