package vn.lienthong.residence.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.messaging.testing.StatementRecorder;
import vn.lienthong.residence.adapter.in.seed.HouseholdSeedImport;
import vn.lienthong.residence.adapter.out.persistence.JdbcHouseholds;
import vn.lienthong.web.testing.TestTokens;

/**
 * The service on a random port over the shared real Kafka and PostgreSQL, with a seed directory
 * holding one household of its own, its statements countable ({@link StatementRecorder}). Integration
 * tests extend it so that they share one application context, and so one consumer of the commands.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementRecorder.class)
abstract class RunningResidence {

    static final String HEADER = "household_number,commune_code,address_line,head_personal_id_number,"
            + "member_personal_id_number,member_full_name,relationship_to_head";
    /** A household only the seed directory knows, in a commune whose name the service does not know. */
    static final String LOC = "075070111111";
    /** Kept until the JVM ends: the shared context imports it again when a test asks. */
    static final Path SEED = seedDirectory(HEADER,
            "HK-27001-000001,27001,Tổ 1 ấp Tân Lợi,075070111111,075070111111,Trần Văn Lộc,HEAD",
            "HK-27001-000001,27001,Tổ 1 ấp Tân Lợi,075070111111,075172222222,Võ Thị Kim,SPOUSE");
    static KafkaProbe kafka;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                FileSystemUtils.deleteRecursively(SEED);
            } catch (IOException e) {
                // A temporary directory left behind is harmless.
            }
        }, "delete-residence-seed"));
    }

    @LocalServerPort
    int port;

    @Autowired
    HouseholdSeedImport seedImport;

    @Autowired
    JdbcHouseholds households;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    /** The service's clock, in the zone it counts dates in (Vietnam's), whatever the machine's. */
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("residence"));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("lienthong.seed.directory", SEED::toString);
    }

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(),
                ResidenceTopics.REPLIES, ResidenceTopics.COMMANDS_DEAD_LETTER);
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

    static Path seedDirectory(String... lines) {
        try {
            Path directory = Files.createTempDirectory("residence-seed");
            Files.writeString(directory.resolve("households.csv"), String.join("\n", lines) + "\n");
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(HttpStatusCode status, JsonNode body) {
    }
}
