package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import vn.lienthong.deploy.local.KafkaGrants;
import vn.lienthong.deploy.local.KafkaUsers;
import vn.lienthong.deploy.local.LocalKafka;

/**
 * The relay's topic check logs in as the service, from {@code spring.kafka.*}, on a broker that
 * checks who connects: it can tell a missing topic from one it has, and it sees only the topics its
 * user may see. Without the login it could not ask at all, and a message to a missing topic would
 * never be parked.
 */
class TopicCheckLoginIT {

    private static final String USER = "civil-registry-service";

    private static LocalKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.startTemporary(1, new LocalKafka.Credentials("admin-pw", "controller-pw"));
        Map<String, String> passwords = new HashMap<>();
        KafkaGrants.SERVICES.forEach(grant -> passwords.put(grant.user(), grant.user() + "-pw"));
        KafkaUsers.provision(kafka.adminProperties(), 1, passwords);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void theCheckAsksAsTheServicesOwnUser() {
        var properties = new KafkaProperties();
        properties.setBootstrapServers(List.of(kafka.bootstrapServers()));
        properties.getSecurity().setProtocol("SASL_PLAINTEXT");
        properties.getProperties().put("sasl.mechanism", LocalKafka.SCRAM_MECHANISM);
        properties.getProperties().put("sasl.jaas.config", LocalKafka.scramLogin(USER, USER + "-pw"));

        try (AdminTopicCheck check = new MessagingAutoConfiguration().outboxTopicCheck(properties)) {
            assertThat(check.exists("civil-registry.replies")).as("its own topic").contains(true);
            assertThat(check.exists("civil-registry.replies.typo")).as("a topic nobody created").contains(false);
            assertThat(check.exists("residence.replies")).as("another agency's topic, hidden from it").contains(false);
        }
    }

    @Test
    void withoutTheLoginTheCheckCannotAsk() {
        var properties = new KafkaProperties();
        properties.setBootstrapServers(List.of(kafka.bootstrapServers()));

        try (AdminTopicCheck check = new MessagingAutoConfiguration().outboxTopicCheck(properties)) {
            assertThat(check.exists("civil-registry.replies")).isEmpty();
        }
    }
}
