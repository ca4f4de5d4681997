package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/** A consumer commits its position at most once per interval, or after every batch when the interval is zero. */
class ConsumerContainersTest {

    @Test
    void anIntervalCommitsByTime() {
        var properties = new ContainerProperties("civil-registry.commands");
        ConsumerContainers.commitOffsets(properties, Duration.ofMillis(1500));
        assertThat(properties.getAckMode()).isEqualTo(AckMode.TIME);
        assertThat(properties.getAckTime()).isEqualTo(1500);
    }

    @Test
    void zeroCommitsAfterEveryBatch() {
        var properties = new ContainerProperties("civil-registry.commands");
        ConsumerContainers.commitOffsets(properties, Duration.ZERO);
        assertThat(properties.getAckMode()).isEqualTo(AckMode.BATCH);
    }
}
