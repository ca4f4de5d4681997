package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistered;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRefused;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;

/**
 * The death procedure through the orchestrator on real PostgreSQL and Kafka: intake by the
 * procedure the dossier names, the check of the deceased and the record of the death against
 * WireMock's population database, and the agencies' commands answered by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeathProcedureIT {

    private static final WireMockServer POPULATION = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DECEASED = "070060001122";
    private static KafkaProbe kafka;

    @LocalServerPort
    int port;
    PortalClient portal;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        POPULATION.start();
        var postgres = SharedInfrastructure.postgres();
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("orchestrator"));
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("lienthong.procedure.population-database-url", POPULATION::baseUrl);
        // The stand-in answers single requests only, as a database without the batch request would.
        registry.add("lienthong.procedure.id-number.requests-per-call", () -> "1");
        registry.add("lienthong.procedure.id-number.first-retry-delay", () -> "200ms");
    }

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(), CivilRegistryTopics.COMMANDS,
                ResidenceTopics.COMMANDS, HealthInsuranceTopics.COMMANDS);
    }

    @AfterAll
    static void stop() {
        kafka.close();
        POPULATION.stop();
    }

    @BeforeEach
    void populationDatabase() {
        POPULATION.resetAll();
        knowsTheDeceasedAs("Điểu Văn Brơi");
        POPULATION.stubFor(post(urlEqualTo("/api/v1/deaths")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"requestId\":\"r\",\"personalIdNumber\":\"" + DECEASED + "\",\"dateOfDeath\":\"2026-11-18\","
                        + "\"deathExtractNumber\":\"KT-25450-2026-000017\",\"newlyRecorded\":true,"
                        + "\"recordedAt\":\"2026-11-23T03:00:00Z\"}")));
        portal = new PortalClient(port);
    }

    @Test
    void theExampleDeathIsRegisteredRemovedDecidedAndRecorded() {
        var submitted = portal.submit(exampleDeath());
        assertThat(submitted.status()).isEqualTo(202);
        String dossierId = submitted.body().get("dossierId").asString();

        RegisterDeath register = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterDeath.class);
        assertThat(register.deceased().personalIdNumber()).isEqualTo(DECEASED);
        assertThat(register.death().proof().kind()).isEqualTo("HEALTH_FACILITY_DEATH_NOTICE");
        assertThat(register.declarant().relationship()).isEqualTo("CHILD");
        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new DeathRegistered(register.commandId(),
                register.dossierId(), "01/2026", 17, "KT-25450-2026-000017", LocalDate.of(2026, 11, 23), false));

        var removal = kafka.awaitOne(ResidenceTopics.COMMANDS, dossierId, RemovePermanentResidence.class);
        var allowance = kafka.awaitOne(HealthInsuranceTopics.COMMANDS, dossierId, AssessFuneralAllowance.class);
        assertThat(removal.deathExtractNumber()).isEqualTo("KT-25450-2026-000017");
        assertThat(allowance.beneficiary().personalIdNumber()).isEqualTo("070097005566");
        assertThat(allowance.payment().method()).isEqualTo("BANK_ACCOUNT");
        kafka.send(ResidenceTopics.REPLIES, dossierId, new PermanentResidenceRemoved(removal.commandId(),
                removal.dossierId(), "HK-25450-000001", "25450", "Thôn 3", true, true, 2, LocalDate.of(2026, 11, 23)));
        kafka.send(HealthInsuranceTopics.REPLIES, dossierId, new FuneralAllowanceRefused(allowance.commandId(),
                allowance.dossierId(), "NOT_INSURED", null, "Người chết không tham gia bảo hiểm xã hội.",
                "The deceased was not insured.", "Luật Bảo hiểm xã hội 2024, Điều 85", LocalDate.of(2026, 11, 23), null));

        JsonNode dossier = awaitStatus(dossierId, "COMPLETED");
        assertThat(dossier.get("procedure").asString()).isEqualTo("DEATH");
        assertThat(dossier.get("steps")).extracting(step -> step.get("step").asString()).containsExactlyInAnyOrder(
                "DECEASED_CHECK", "DEATH_REGISTRATION", "RESIDENCE_REMOVAL", "FUNERAL_ALLOWANCE", "DEATH_RECORD");
        assertThat(dossier.at("/results/deathRegistration/deathExtractNumber").asString()).isEqualTo("KT-25450-2026-000017");
        assertThat(dossier.at("/results/residenceRemoval/householdNeedsNewHead").asBoolean()).isTrue();
        assertThat(dossier.at("/results/funeralAllowance/decision").asString()).isEqualTo("REFUSED");
        assertThat(dossier.at("/results/funeralAllowance/refusalCode").asString()).isEqualTo("NOT_INSURED");
        assertThat(dossier.at("/results/deathRecord/deathExtractNumber").asString()).isEqualTo("KT-25450-2026-000017");
        assertThat(dossier.get("flags")).extracting(flag -> flag.get("code").asString())
                .contains("HOUSEHOLD_NEEDS_NEW_HEAD", "FUNERAL_ALLOWANCE_REFUSED");
        assertThat(dossier.at("/form/deceased/fullName").asString()).isEqualTo("Điểu Văn Brơi");
        POPULATION.verify(1, postRequestedFor(urlEqualTo("/api/v1/deaths"))
                .withRequestBody(matchingJsonPath("$.personalIdNumber", WireMock.equalTo(DECEASED)))
                .withRequestBody(matchingJsonPath("$.deathExtractNumber", WireMock.equalTo("KT-25450-2026-000017"))));
    }

    @Test
    void aDeathWhoseDataDisagreeWithThePopulationDatabaseWaitsForAnOfficer() {
        knowsTheDeceasedAs("Điểu Văn Rơi");
        String dossierId = portal.submit(exampleDeath()).body().get("dossierId").asString();

        JsonNode waiting = awaitStatus(dossierId, "ACTION_REQUIRED");
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("REVIEW");
        assertThat(waiting.at("/requiredActions/0/step").asString()).isEqualTo("DECEASED_CHECK");
        assertThat(waiting.at("/requiredActions/0/reasons/0/field").asString()).isEqualTo("deceased.fullName");
        assertThat(kafka.records(CivilRegistryTopics.COMMANDS, dossierId)).as("nothing registered meanwhile").isEmpty();

        var confirmed = portal.post("/api/v1/dossiers/" + dossierId + "/officer-actions",
                "{\"action\": \"CONFIRM_PARENT_DATA\", \"note\": \"Đã đối chiếu giấy tờ\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        RegisterDeath register = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterDeath.class);
        assertThat(register.deceased().fullName()).isEqualTo("Điểu Văn Brơi");
    }

    @Test
    void aDeathDossierIsCheckedAtIntakeNamingEachField() {
        ObjectNode dossier = exampleDeath();
        ((ObjectNode) dossier.get("death")).put("dateOfDeath", "2099-01-01");
        ((ObjectNode) dossier.get("death")).remove("proof");
        ((ObjectNode) dossier.get("declarant")).put("relationship", "NEIGHBOUR");

        var refused = portal.submit(dossier);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors")).extracting(error -> error.get("field").asString() + ":"
                + error.get("code").asString()).contains("death.dateOfDeath:IN_THE_FUTURE",
                "death.proof.kind:DEATH_PROOF_MISSING", "declarant.relationship:INVALID_VALUE");

        ObjectNode unknown = exampleDeath();
        unknown.put("procedure", "MARRIAGE");
        var answer = portal.submit(unknown);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asString()).isEqualTo("procedure");

        ObjectNode badDate = exampleDeath();
        ((ObjectNode) badDate.get("death")).put("dateOfDeath", "18/11/2026");
        var unreadable = portal.submit(badDate);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body().at("/errors/0/field").asString()).isEqualTo("death.dateOfDeath");
    }

    private static void knowsTheDeceasedAs(String fullName) {
        POPULATION.stubFor(get(urlEqualTo("/api/v1/citizens/" + DECEASED)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"personalIdNumber\":\"" + DECEASED + "\",\"fullName\":\"" + fullName
                        + "\",\"dateOfBirth\":\"1960-05-14\",\"deceased\":false}")));
    }

    private JsonNode awaitStatus(String dossierId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(portal.dossier(dossierId).get("status").asString()));
        return portal.dossier(dossierId);
    }

    /** The portal's example death dossier with a fresh portal dossier code. */
    static ObjectNode exampleDeath() {
        try (InputStream in = DeathProcedureIT.class.getResourceAsStream("/portal/dossier-death.json")) {
            ObjectNode dossier = (ObjectNode) JSON.readTree(in);
            dossier.put("portalDossierCode", "G22.75-" + UUID.randomUUID());
            return dossier;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
