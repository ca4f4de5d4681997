package vn.lienthong.deploy.local;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Apache Kafka broker (KRaft mode, no ZooKeeper) in this JVM, listening on 127.0.0.1.
 * It is Kafka's own server code, not a fake: clients talk to it over the wire protocol.
 */
public final class LocalKafka implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private LocalKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /**
     * Starts a broker whose topics get {@code partitions} partitions unless created otherwise. It
     * listens on a free port of its choosing (Kafka's test kit binds its sockets itself); clients
     * get the address from {@link #bootstrapServers()}.
     */
    public static LocalKafka start(int partitions) {
        var broker = new EmbeddedKafkaKraftBroker(1, partitions);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", Integer.toString(partitions),
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "min.insync.replicas", "1",
                "log.flush.interval.messages", Long.toString(Long.MAX_VALUE)));
        broker.afterPropertiesSet();
        return new LocalKafka(broker);
    }

    /** Bootstrap servers, for example {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return broker.getBrokersAsString().replace("localhost", "127.0.0.1");
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
