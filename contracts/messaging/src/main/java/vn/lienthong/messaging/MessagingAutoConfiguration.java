package vn.lienthong.messaging;

import java.time.Duration;
import java.util.HashMap;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Wires the outbox, its relay, idempotent command handling and dead-letter routing into a
 * service. Producer settings come from {@code spring.kafka.*}; durability is not optional, so
 * acks=all and idempotence are always on.
 */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    MessageCodec messageCodec() {
        return new MessageCodec();
    }

    @Bean
    KafkaTemplate<byte[], byte[]> outboxKafkaTemplate(KafkaProperties kafkaProperties) {
        var config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    /** Asked only when a send failed for want of a topic: does the cluster have it at all? */
    @Bean(destroyMethod = "close")
    AdminTopicCheck outboxTopicCheck(KafkaProperties kafkaProperties) {
        return new AdminTopicCheck(kafkaProperties.buildAdminProperties());
    }

    @Bean
    OutboxRelay outboxRelay(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
                            KafkaTemplate<byte[], byte[]> outboxKafkaTemplate, MessagingProperties properties,
                            AdminTopicCheck outboxTopicCheck, ObjectProvider<ParkedMessageListener> parkedListeners,
                            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(dataSource, jdbc, transactions, outboxKafkaTemplate, properties.relay(), outboxTopicCheck,
                parkedListeners, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The tracer and propagator of Micrometer Tracing when the service has them; else none. */
    @Bean
    MessageTracing messageTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        return available == null || propagation == null ? MessageTracing.NONE : new MessageTracing(available, propagation);
    }

    @Bean
    ParkedMessages parkedMessages(JdbcClient jdbc) {
        return new ParkedMessages(jdbc);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, MessageCodec codec, OutboxRelay relay, MessageTracing messageTracing,
                  ObjectProvider<KeyedTraces> keyedTraces) {
        return new JdbcOutbox(jdbc, codec, relay, messageTracing, keyedTraces.getIfAvailable(() -> key -> null));
    }

    /**
     * {@code lienthong.agency.processing-time} (default 0ms), {@code lienthong.agency.unavailable-share}
     * (default 0, a share in [0, 1)) and {@code lienthong.agency.seed}.
     */
    @Bean
    SimulatedAgencyConditions simulatedAgencyConditions(Environment environment) {
        return new SimulatedAgencyConditions(
                environment.getProperty("lienthong.agency.processing-time", Duration.class, Duration.ZERO),
                environment.getProperty("lienthong.agency.unavailable-share", Double.class, 0.0),
                environment.getProperty("lienthong.agency.seed", Long.class, 1L));
    }

    @Bean
    IdempotentCommandHandler idempotentCommandHandler(JdbcClient jdbc, TransactionTemplate transactions, Outbox outbox,
                                                      MessageCodec codec, SimulatedAgencyConditions conditions) {
        return new IdempotentCommandHandler(jdbc, transactions, outbox, codec, conditions);
    }

    @Bean
    MessageBatches messageBatches(TransactionTemplate transactions, MessagingProperties properties,
                                  ObjectProvider<MeterRegistry> meters, MessageTracing messageTracing) {
        return new MessageBatches(transactions, meters.getIfAvailable(SimpleMeterRegistry::new),
                properties.consumer().linger(), properties.consumer().lingerBelow(), messageTracing);
    }

    @Bean
    ConsumerContainers consumerContainers(KafkaTemplate<byte[], byte[]> outboxKafkaTemplate, MessagingProperties properties,
                                          ObjectProvider<MeterRegistry> meters) {
        return new ConsumerContainers(properties.consumer().offsetCommitInterval(),
                new DeadLetterRouting(outboxKafkaTemplate, properties.consumer(), meters.getIfAvailable(SimpleMeterRegistry::new)));
    }
}
