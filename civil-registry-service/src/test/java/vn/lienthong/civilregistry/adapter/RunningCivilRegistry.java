package vn.lienthong.civilregistry.adapter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.messaging.testing.StatementRecorder;
import vn.lienthong.web.testing.TestTokens;

/**
 * The service on a random port over the shared real Kafka and PostgreSQL, on 22 November 2026 in
 * Vietnam, with register volumes of two entries so that a new volume is quick to reach. Integration
 * tests extend it so that they share one application context, and so one consumer of the commands.
 * The data source records the statements a test's own thread sends ({@link StatementRecorder}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lienthong.civil-registry.entries-per-volume=2")
@Import(StatementRecorder.class)
abstract class RunningCivilRegistry {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static KafkaProbe kafka;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("civil_registry"));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    }

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(),
                CivilRegistryTopics.REPLIES, CivilRegistryTopics.COMMANDS_DEAD_LETTER);
    }

    @AfterAll
    static void stopListening() {
        kafka.close();
    }

    Answer get(String uri) {
        return http().get().uri(uri)
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.bodyTo(JsonNode.class)));
    }

    Answer post(String uri, String body) {
        return http().post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.bodyTo(JsonNode.class)));
    }

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestInterceptor(TestTokens.bearerForPath()).build();
    }

    record Answer(HttpStatusCode status, JsonNode body) {
    }
}
