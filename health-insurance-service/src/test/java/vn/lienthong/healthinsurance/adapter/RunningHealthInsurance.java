package vn.lienthong.healthinsurance.adapter;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcCareFacilities;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.messaging.testing.StatementRecorder;
import vn.lienthong.web.testing.TestTokens;

/**
 * The service on a random port over the shared real Kafka and PostgreSQL. Integration tests extend
 * it so that they share one application context, and so one consumer of the commands. The data
 * source records the statements a test's own thread sends ({@link StatementRecorder}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementRecorder.class)
abstract class RunningHealthInsurance {

    static KafkaProbe kafka;

    @LocalServerPort
    int port;

    @Autowired
    JdbcCareFacilities facilities;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("health_insurance"));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    }

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(),
                HealthInsuranceTopics.REPLIES, HealthInsuranceTopics.COMMANDS_DEAD_LETTER);
    }

    @AfterAll
    static void stopListening() {
        kafka.close();
    }

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestInterceptor(TestTokens.bearerForPath()).build();
    }

    static String uniqueIdNumber() {
        return "0753" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    record Answer(HttpStatusCode status, JsonNode body) {
    }
}
