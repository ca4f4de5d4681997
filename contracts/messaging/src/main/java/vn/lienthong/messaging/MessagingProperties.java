package vn.lienthong.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the outbox relay and of the consumers (batches, offsets, errors), under {@code lienthong.messaging}. */
@ConfigurationProperties("lienthong.messaging")
public record MessagingProperties(@DefaultValue Relay relay, @DefaultValue Consumer consumer) {

    /**
     * @param batchSize   most messages published in one round
     * @param pollInterval how long the relay waits for new work when nothing woke it
     * @param sendTimeout how long a round waits for Kafka's acknowledgements
     * @param maxBackOff  longest pause between failed rounds
     * @param linger      how long a woken relay waits for more messages before a round, trading a
     *                    few milliseconds of latency for fewer, larger rounds under load
     * @param roundsInFlight how many rounds the relay has sent and not yet seen acknowledged: it
     *                    reads and sends the next round while Kafka acknowledges the ones before;
     *                    1 waits for each round's acknowledgements before reading the next
     */
    public record Relay(
            @DefaultValue("500") int batchSize,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("30s") Duration sendTimeout,
            @DefaultValue("10s") Duration maxBackOff,
            @DefaultValue("5ms") Duration linger,
            @DefaultValue("4") int roundsInFlight) {

        public Relay {
            if (batchSize < 1) {
                throw new IllegalArgumentException("lienthong.messaging.relay.batch-size must be at least 1, not " + batchSize);
            }
            if (roundsInFlight < 1) {
                throw new IllegalArgumentException(
                        "lienthong.messaging.relay.rounds-in-flight must be at least 1, not " + roundsInFlight);
            }
        }
    }

    /**
     * @param maxAttempts      attempts at a failing record before it is dead-lettered
     * @param retryInterval    first pause between attempts
     * @param maxRetryInterval longest pause while the database is unreachable
     * @param linger           how long a consumer waits before its next poll after a batch of fewer
     *                         than {@code lingerBelow} records, so that the next batch (and its one
     *                         transaction) collects what arrives meanwhile; zero for none. The
     *                         batch's upper bound is the binder's {@code max.poll.records}.
     * @param lingerBelow      batches of this many records or more are followed by no wait: a
     *                         backlog is taken as fast as it comes
     * @param offsetCommitInterval how often a consumer commits to Kafka the position of what it has
     *                         handled: at most once in this interval, and whenever it stops or gives
     *                         up partitions; zero commits after every batch, any other value is at
     *                         least 1 ms. What a crash leaves uncommitted is delivered again, and
     *                         every handler is idempotent
     */
    public record Consumer(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("500ms") Duration retryInterval,
            @DefaultValue("30s") Duration maxRetryInterval,
            @DefaultValue("10ms") Duration linger,
            @DefaultValue("20") int lingerBelow,
            @DefaultValue("1s") Duration offsetCommitInterval) {

        public Consumer {
            boolean belowAMillisecond = !offsetCommitInterval.isZero() && offsetCommitInterval.toMillis() < 1;
            if (offsetCommitInterval.isNegative() || belowAMillisecond) {
                throw new IllegalArgumentException("lienthong.messaging.consumer.offset-commit-interval must be 0s or at least"
                        + " 1ms, not " + offsetCommitInterval);
            }
        }
    }
}
