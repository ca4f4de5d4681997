package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.dossier.DossierTopics;
import vn.lienthong.contracts.dossier.events.DossierStatusChanged;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.testing.TestTokens;

/**
 * The orchestrator on real PostgreSQL and Kafka. WireMock stands in for the population database;
 * the test answers the Kafka agencies' commands itself, so each reply is under its control.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrchestratorIT {

    private static final WireMockServer POPULATION = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static KafkaProbe kafka;

    @LocalServerPort
    int port;
    PortalClient portal;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

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
        // Two portal clients held to 5 dossiers a minute; every other client keeps the default.
        for (String client : List.of(BURSTING_CLIENT, OTHER_CLIENT)) {
            registry.add("lienthong.intake.rate-limit.clients." + client + ".limit-for-period", () -> "5");
            registry.add("lienthong.intake.rate-limit.clients." + client + ".limit-refresh-period", () -> "1m");
        }
    }

    private static final String BURSTING_CLIENT = "portal-burst-a";
    private static final String OTHER_CLIENT = "portal-burst-b";

    @BeforeAll
    static void listen() {
        kafka = KafkaProbe.listeningTo(SharedInfrastructure.kafka().bootstrapServers(), CivilRegistryTopics.COMMANDS,
                ResidenceTopics.COMMANDS, HealthInsuranceTopics.COMMANDS, DossierTopics.STATUS_CHANGES);
    }

    @AfterAll
    static void stop() {
        kafka.close();
        POPULATION.stop();
    }

    @BeforeEach
    void populationDatabaseAssignsNumbers() {
        POPULATION.resetAll();
        populationDatabaseKnowsTheParents();
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"requestId\":\"r\",\"personalIdNumber\":\"075326000123\",\"newlyIssued\":true,"
                        + "\"issuedAt\":\"2026-11-23T02:00:00Z\"}")));
        portal = new PortalClient(port);
    }

    @Test
    void theExampleDossierRunsThroughEveryAgencyToCompleted() {
        var submitted = portal.submit(PortalClient.exampleDossier());

        assertThat(submitted.status()).isEqualTo(202);
        assertThat(submitted.body().get("status").asString()).isEqualTo("RECEIVED");
        String dossierId = submitted.body().get("dossierId").asString();
        assertThat(submitted.location()).isEqualTo("/api/v1/dossiers/" + dossierId);

        RegisterBirth registerBirth = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        assertThat(registerBirth.personalIdNumber()).isEqualTo("075326000123");
        assertThat(registerBirth.child().fullName()).isEqualTo("Điểu Thị Hoa");
        assertThat(registerBirth.mother().personalIdNumber()).isEqualTo("070198001234");
        assertThat(registerBirth.father().fullName()).isEqualTo("Điểu Văn Minh");
        POPULATION.verify(postRequestedFor(urlEqualTo("/api/v1/personal-id-numbers"))
                .withRequestBody(matchingJsonPath("$.motherPersonalIdNumber", com.github.tomakehurst.wiremock.client.WireMock.equalTo("070198001234")))
                .withRequestBody(matchingJsonPath("$.registrationCommuneCode", com.github.tomakehurst.wiremock.client.WireMock.equalTo("25450"))));

        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistered(registerBirth.commandId(),
                registerBirth.dossierId(), "01/2026", 7, "KS-25450-2026-000007", LocalDate.of(2026, 11, 23), false));
        var residence = kafka.awaitOne(ResidenceTopics.COMMANDS, dossierId, RegisterPermanentResidence.class);
        var card = kafka.awaitOne(HealthInsuranceTopics.COMMANDS, dossierId, IssueChildHealthInsuranceCard.class);
        assertThat(residence.birthCertificateNumber()).isEqualTo("KS-25450-2026-000007");
        assertThat(residence.addressLine()).isEqualTo("Thôn 3");
        assertThat(card.initialCareFacilityCode()).isEqualTo("75-012");
        assertThat(card.applicationDate()).isEqualTo(LocalDate.of(2026, 11, 22));

        replyRegisteredAndIssued(residence, card, 1);

        JsonNode dossier = awaitStatus(dossierId, "COMPLETED");
        assertThat(dossier.at("/results/personalIdNumber").asString()).isEqualTo("075326000123");
        assertThat(dossier.at("/results/birthRegistration/registerVolume").asString()).isEqualTo("01/2026");
        assertThat(dossier.at("/results/residence/registrationNumber").asString()).isEqualTo("TT-25450-2026-000001");
        assertThat(dossier.at("/results/healthInsuranceCard/cardNumber").asString()).isEqualTo("TE1757500000001");
        assertThat(dossier.at("/results/healthInsuranceCard/validTo").asString()).isEqualTo("2032-11-02");
        assertThat(dossier.at("/deadline/workingDays").asInt()).isEqualTo(3);
        assertThat(dossier.at("/deadline/dueDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(dossier.get("steps")).extracting(step -> step.get("status").asString())
                .containsOnly("COMPLETED");
        assertThat(dossier.get("history")).extracting(entry -> entry.get("event").asString())
                .startsWith("SUBMITTED").endsWith("COMPLETED");

        var completed = kafka.awaitMatching(DossierTopics.STATUS_CHANGES, dossierId, DossierStatusChanged.class,
                event -> event.status().equals("COMPLETED"));
        assertThat(completed.steps()).extracting(DossierStatusChanged.StepStatus::status).containsOnly("COMPLETED");
        List<DossierStatusChanged> published = kafka.records(DossierTopics.STATUS_CHANGES, dossierId).stream()
                .map(record -> kafka.decode(record, DossierStatusChanged.class)).toList();
        assertThat(published.get(0).status()).isEqualTo("RECEIVED");
        assertThat(published).extracting(DossierStatusChanged::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void residenceAndHealthInsuranceRepliesArrivingTogetherBothCountAndEveryDossierCompletes() {
        List<String> dossierIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            dossierIds.add(portal.submit(PortalClient.exampleDossier()).body().get("dossierId").asString());
        }
        for (String dossierId : dossierIds) {
            RegisterBirth registerBirth = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
            kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistered(registerBirth.commandId(),
                    registerBirth.dossierId(), "01/2026", 8, "KS-25450-2026-000008", LocalDate.of(2026, 11, 23), false));
        }
        for (String dossierId : dossierIds) {
            var residence = kafka.awaitOne(ResidenceTopics.COMMANDS, dossierId, RegisterPermanentResidence.class);
            var card = kafka.awaitOne(HealthInsuranceTopics.COMMANDS, dossierId, IssueChildHealthInsuranceCard.class);
            replyRegisteredAndIssued(residence, card, 2);
        }

        for (String dossierId : dossierIds) {
            JsonNode dossier = awaitStatus(dossierId, "COMPLETED");
            assertThat(dossier.at("/results/residence/registrationNumber").asString()).isEqualTo("TT-25450-2026-000002");
            assertThat(dossier.at("/results/healthInsuranceCard/cardNumber").asString()).isEqualTo("TE1757500000002");
        }
    }

    @Test
    void whoWaitsForADossiersLockSeesEverythingCommittedBeforeTheLockWasGranted() throws Exception {
        var id = idleDossier();

        var seen = lockWhileAnotherWriterHoldsIt(id, 41, () -> dossiers.lock(id).orElseThrow());

        assertThat(seen.step(Step.RESIDENCE).attempts()).isEqualTo(41);
    }

    @Test
    void dossiersLockedTogetherWaitForTheirHolderSeeItsWritesAndAreHeldUntilTheTransactionEnds() throws Exception {
        var held = idleDossier();
        var other = idleDossier();
        var otherLockedMeanwhile = new CompletableFuture<Boolean>();

        var seen = lockWhileAnotherWriterHoldsIt(held, 42, () -> {
            dossiers.lockAll(List.of(other, held, DossierId.newId()));
            otherLockedMeanwhile.complete(lockedElsewhere(other));
            return dossiers.lock(held).orElseThrow();
        });

        assertThat(seen.step(Step.RESIDENCE).attempts()).isEqualTo(42);
        assertThat(otherLockedMeanwhile.get(20, TimeUnit.SECONDS)).as("held by the transaction that locked it").isTrue();
        assertThat(lockedElsewhere(other)).as("let go when that transaction ended").isFalse();
    }

    /**
     * A first writer locks {@code id}, sets its residence step's attempts and keeps the lock until
     * a second transaction has started {@code lock}; returns what that second transaction got.
     */
    private Dossier lockWhileAnotherWriterHoldsIt(DossierId id, int attempts, Supplier<Dossier> lock)
            throws Exception {
        var firstHasWritten = new CountDownLatch(1);
        var secondIsWaiting = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            dossiers.lock(id).orElseThrow();
            jdbc.sql("update dossier_step set attempts = ? where dossier_id = ? and step = 'RESIDENCE'")
                    .params(attempts, id.value()).update();
            firstHasWritten.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> secondIsWaiting.getCount() == 0);
            sleepQuietly(Duration.ofMillis(300));
        }));
        firstHasWritten.await();
        var second = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            secondIsWaiting.countDown();
            return lock.get();
        }));
        first.get(20, TimeUnit.SECONDS);
        return second.get(20, TimeUnit.SECONDS);
    }

    @Test
    void aDossierLockedAheadIsHandedOutOnceAndLockedAgainItShowsTheTransactionsOwnChanges() {
        var id = idleDossier();
        var unknown = DossierId.newId();

        List<Integer> attemptsSeen = transactions.execute(tx -> {
            dossiers.lockAll(List.of(id, unknown));
            int ahead = dossiers.lock(id).orElseThrow().step(Step.RESIDENCE).attempts();
            jdbc.sql("update dossier_step set attempts = 43 where dossier_id = ? and step = 'RESIDENCE'")
                    .param(id.value()).update();
            int again = dossiers.lock(id).orElseThrow().step(Step.RESIDENCE).attempts();
            assertThat(dossiers.lock(unknown)).isEmpty();
            return List.of(ahead, again);
        });

        assertThat(attemptsSeen).containsExactly(0, 43);
    }

    @Test
    void dossiersChangedInABatchAreWrittenWhenItCommitsAndTheBatchSeesItsOwnChanges() {
        var first = idleDossier();
        var second = idleDossier();
        int attemptsBefore = dossiers.find(first).orElseThrow().step(Step.BIRTH_REGISTRATION).attempts();
        var leaseUntil = Instant.parse("2030-01-01T00:00:00Z");

        int seenInTheBatch = transactions.execute(tx -> {
            dossiers.lockAll(List.of(first, second));
            for (DossierId id : List.of(first, second)) {
                Dossier dossier = dossiers.lock(id).orElseThrow();
                dossier.attempting(Step.BIRTH_REGISTRATION, leaseUntil);
                dossiers.update(dossier);
            }
            return dossiers.lock(first).orElseThrow().step(Step.BIRTH_REGISTRATION).attempts();
        });

        assertThat(seenInTheBatch).isEqualTo(attemptsBefore + 1);
        for (DossierId id : List.of(first, second)) {
            var stored = dossiers.find(id).orElseThrow().step(Step.BIRTH_REGISTRATION);
            assertThat(stored.attempts()).isEqualTo(attemptsBefore + 1);
            assertThat(stored.nextAttemptAt()).isEqualTo(leaseUntil);
        }
    }

    @Test
    void aDossierChangedBehindABatchsBackFailsTheWholeBatchAndNothingOfItIsWritten() {
        var first = idleDossier();
        var second = idleDossier();
        int attemptsBefore = dossiers.find(first).orElseThrow().step(Step.BIRTH_REGISTRATION).attempts();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            dossiers.lockAll(List.of(first, second));
            for (DossierId id : List.of(first, second)) {
                Dossier dossier = dossiers.lock(id).orElseThrow();
                dossier.attempting(Step.BIRTH_REGISTRATION, Instant.parse("2030-01-01T00:00:00Z"));
                dossiers.update(dossier);
            }
            jdbc.sql("update dossier set version = version + 1 where id = ?").param(second.value()).update();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 of 2 dossiers changed concurrently");

        assertThat(dossiers.find(first).orElseThrow().step(Step.BIRTH_REGISTRATION).attempts()).isEqualTo(attemptsBefore);
    }

    @Test
    void databaseErrorsDoNotQuoteTheOffendingValuesSoTheyCannotCarryPersonalDataIntoLogs() {
        UUID missing = UUID.randomUUID();

        Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("""
                        insert into dossier_history (dossier_id, at, event, message_vi, message_en)
                        values (?, now(), 'TEST', 'vi', 'en')""")
                .param(missing).update());

        assertThat(error).isNotNull();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            assertThat(cause.getMessage()).contains("dossier_history").doesNotContain(missing.toString());
        }
    }

    /** A dossier the saga leaves alone: its birth registration was asked for, and is not answered. */
    private DossierId idleDossier() {
        String dossierId = portal.submit(PortalClient.exampleDossier()).body().get("dossierId").asString();
        kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        return new DossierId(UUID.fromString(dossierId));
    }

    /** Whether another transaction finds the dossier's row locked. */
    private boolean lockedElsewhere(DossierId id) {
        return CompletableFuture.supplyAsync(() -> transactions.execute(tx -> jdbc
                .sql("select id from dossier where id = ? for update skip locked")
                .param(id.value()).query(UUID.class).optional().isEmpty())).join();
    }

    /** Both agencies of the parallel step answer, one right after the other: registration and card number {@code n}. */
    private static void replyRegisteredAndIssued(RegisterPermanentResidence residence, IssueChildHealthInsuranceCard card,
                                                 int n) {
        String dossierId = residence.dossierId().toString();
        kafka.send(ResidenceTopics.REPLIES, dossierId, new PermanentResidenceRegistered(residence.commandId(),
                residence.dossierId(), "TT-25450-2026-00000" + n, "HK-25450-000001", "Thôn 3, Xã Bù Gia Mập", "25450",
                LocalDate.of(2026, 11, 23)));
        kafka.send(HealthInsuranceTopics.REPLIES, dossierId, new HealthInsuranceCardIssued(card.commandId(),
                card.dossierId(), "TE175750000000" + n, "750000000" + n, "TE", 1, LocalDate.of(2026, 11, 2),
                LocalDate.of(2032, 11, 2), "75-012", "Trung tâm Y tế khu vực Bù Gia Mập"));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A client sends twelve dossiers at once against a limit of five a minute: five are received and
     * run on, seven are refused with 429, Retry-After and the limit, and none of those is stored.
     * Another client with the same limit is not held back by the first one's burst.
     */
    @Test
    void aBurstOverTheClientsLimitIsPartlyRefusedWhileEveryAcceptedDossierRunsOnAndOtherClientsAreNotHeldBack()
            throws Exception {
        var bursting = PortalClient.as(port, TestTokens.token(BURSTING_CLIENT).roles(Role.PORTAL).sign());
        List<ObjectNode> dossiers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            dossiers.add(PortalClient.exampleDossier());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<PortalClient.Exchange> answers;
        try {
            answers = pool.invokeAll(dossiers.stream().<java.util.concurrent.Callable<PortalClient.Exchange>>map(
                    dossier -> () -> bursting.exchange("/api/v1/dossiers", dossier.toString())).toList())
                    .stream().map(answer -> {
                        try {
                            return answer.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        } finally {
            pool.shutdown();
        }

        assertThat(answers).extracting(PortalClient.Exchange::status).containsOnly(202, 429)
                .filteredOn(status -> status == 202).hasSize(5);
        for (int i = 0; i < answers.size(); i++) {
            var answer = answers.get(i);
            String code = dossiers.get(i).get("portalDossierCode").asString();
            if (answer.status() == 429) {
                long retryAfter = Long.parseLong(answer.headers().getFirst("Retry-After"));
                assertThat(retryAfter).isBetween(1L, 60L);
                assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
                assertThat(answer.body().get("code").asString()).isEqualTo("RATE_LIMITED");
                assertThat(answer.body().get("limitForPeriod").asInt()).isEqualTo(5);
                assertThat(answer.body().get("limitRefreshPeriod").asString()).isEqualTo("PT1M");
                assertThat(answer.body().get("detail").asString()).contains("5", "60 s");
                assertThat(jdbc.sql("select count(*) from dossier where portal_dossier_code = ?").param(code)
                        .query(Long.class).single()).as("a refused dossier is not stored").isZero();
            } else {
                String dossierId = answer.body().get("dossierId").asString();
                assertThat(kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class)
                        .personalIdNumber()).as("an accepted dossier runs on").isEqualTo("075326000123");
                assertThat(bursting.get("/api/v1/dossiers/" + dossierId).status())
                        .as("reading is not limited").isEqualTo(200);
            }
        }

        var other = PortalClient.as(port, TestTokens.token(OTHER_CLIENT).roles(Role.PORTAL).sign());
        for (int i = 0; i < 5; i++) {
            assertThat(other.submit(PortalClient.exampleDossier()).status()).as("the other client's dossier %d", i)
                    .isEqualTo(202);
        }
        assertThat(portal.submit(PortalClient.exampleDossier()).status()).as("a client on the default limit")
                .isEqualTo(202);
    }

    @Test
    void theSameDossierSentAgainIsTheSameDossierAndOtherContentUnderItsCodeIsAConflict() {
        ObjectNode dossier = PortalClient.exampleDossier();
        var first = portal.submit(dossier);
        var again = portal.submit(dossier);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("dossierId")).isEqualTo(first.body().get("dossierId"));

        ((ObjectNode) dossier.get("child")).put("fullName", "Điểu Thị Hồng");
        var conflicting = portal.submit(dossier);
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(conflicting.body().at("/errors/0/field").asString()).isEqualTo("portalDossierCode");
        assertThat(conflicting.body().get("dossierId")).isEqualTo(first.body().get("dossierId"));
    }

    @Test
    void anInvalidDossierIsAnsweredWithAProblemNamingEachBadField() {
        ObjectNode dossier = PortalClient.exampleDossier();
        ((ObjectNode) dossier.get("mother")).put("personalIdNumber", "0701980012");
        ((ObjectNode) dossier.get("child")).put("dateOfBirth", LocalDate.now().plusDays(3).toString());
        ((ObjectNode) dossier.get("declarant")).put("phone", "12345");

        var answer = portal.submit(dossier);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("title").asString()).contains("Invalid dossier");
        assertThat(answer.body().get("errors")).extracting(error -> error.get("field").asString())
                .contains("mother.personalIdNumber", "child.dateOfBirth", "declarant.phone");
        assertThat(answer.body().at("/errors/0/message").asString()).isNotBlank();
    }

    @Test
    void aMissingMotherAndAChildOfSixAreNamed() {
        ObjectNode dossier = PortalClient.exampleDossier();
        dossier.remove("mother");
        ((ObjectNode) dossier.get("child")).put("dateOfBirth", LocalDate.now().minusYears(6).toString());

        var answer = portal.submit(dossier);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("errors")).extracting(error -> error.get("code").asString() + "@" + error.get("field").asString())
                .contains("REQUIRED@mother", "CHILD_NOT_UNDER_SIX@child.dateOfBirth");
    }

    @Test
    void anUnreadableValueIsA400NamingTheField() {
        ObjectNode dossier = PortalClient.exampleDossier();
        ((ObjectNode) dossier.get("child")).put("sex", "UNKNOWN");

        var answer = portal.submit(dossier);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/errors/0/field").asString()).isEqualTo("child.sex");
        assertThat(portal.post("/api/v1/dossiers", "{not json").status()).isEqualTo(400);
    }

    @Test
    void passingFailuresOfThePopulationDatabaseAreRetriedWithTheSameRequestUntilItAnswers() {
        POPULATION.resetAll();
        populationDatabaseKnowsTheParents();
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("second"));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).inScenario("flaky")
                .whenScenarioStateIs("second").willReturn(aResponse().withStatus(500))
                .willSetStateTo("up"));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).inScenario("flaky")
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"personalIdNumber\":\"075326000999\",\"newlyIssued\":true}")));

        String dossierId = portal.submit(PortalClient.exampleDossier()).body().get("dossierId").asString();

        kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        JsonNode idStep = step(portal.dossier(dossierId), "ID_NUMBER");
        assertThat(idStep.get("status").asString()).isEqualTo("COMPLETED");
        // Both failures are absorbed by the quick retries of one attempt, all with the same request id.
        assertThat(idStep.get("attempts").asInt()).isEqualTo(1);
        assertThat(POPULATION.findAll(postRequestedFor(urlEqualTo("/api/v1/personal-id-numbers")))).hasSize(3);
        var requestIds = POPULATION.findAll(postRequestedFor(urlEqualTo("/api/v1/personal-id-numbers"))).stream()
                .map(request -> com.github.tomakehurst.wiremock.common.Json.node(request.getBodyAsString()).get("requestId").asText())
                .distinct().toList();
        assertThat(requestIds).hasSize(1);
    }

    @Test
    void dataThePopulationDatabaseRefusesGoesBackToTheApplicantAndASupplementResumesTheStep() {
        POPULATION.resetAll();
        populationDatabaseKnowsTheParents();
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers"))
                .withRequestBody(matchingJsonPath("$.motherPersonalIdNumber", com.github.tomakehurst.wiremock.client.WireMock.equalTo("070198001234")))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":422,\"errors\":[{\"field\":\"motherPersonalIdNumber\",\"code\":\"MOTHER_NOT_FOUND\","
                                + "\"message\":\"Không tìm thấy mẹ.\",\"messageEn\":\"Mother not found.\"}]}")));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers"))
                .withRequestBody(matchingJsonPath("$.motherPersonalIdNumber", com.github.tomakehurst.wiremock.client.WireMock.equalTo("070198005555")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"personalIdNumber\":\"075326000555\",\"newlyIssued\":true}")));
        String dossierId = portal.submit(PortalClient.exampleDossier()).body().get("dossierId").asString();

        JsonNode waiting = awaitStatus(dossierId, "ACTION_REQUIRED");
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("SUPPLEMENT");
        assertThat(waiting.at("/requiredActions/0/reasons/0/field").asString()).isEqualTo("mother.personalIdNumber");
        assertThat(waiting.at("/requiredActions/0/messageVi").asString()).isEqualTo("Không tìm thấy mẹ.");

        var supplemented = portal.post("/api/v1/dossiers/" + dossierId + "/supplements", """
                {"changes": {"mother": {"personalIdNumber": "070198005555"},
                             "declarant": {"personalIdNumber": "070198005555"},
                             "residence": {"parentPersonalIdNumber": "070198005555"}},
                 "note": "Sửa số định danh của mẹ"}""");

        assertThat(supplemented.status()).isEqualTo(200);
        RegisterBirth registerBirth = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        assertThat(registerBirth.mother().personalIdNumber()).isEqualTo("070198005555");
        assertThat(registerBirth.personalIdNumber()).isEqualTo("075326000555");
        assertThat(portal.dossier(dossierId).get("history")).extracting(h -> h.get("event").asString()).contains("SUPPLEMENTED");
    }

    @Test
    void anAgencysRefusalWaitsForASupplementWhichSendsTheCorrectedRequest() {
        String dossierId = portal.submit(PortalClient.exampleDossier()).body().get("dossierId").asString();
        var registerBirth = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        kafka.send(CivilRegistryTopics.REPLIES, dossierId, new BirthRegistered(registerBirth.commandId(),
                registerBirth.dossierId(), "01/2026", 8, "KS-25450-2026-000008", LocalDate.of(2026, 11, 23), false));
        var residence = kafka.awaitOne(ResidenceTopics.COMMANDS, dossierId, RegisterPermanentResidence.class);

        kafka.send(ResidenceTopics.REPLIES, dossierId, new PermanentResidenceRejected(residence.commandId(),
                residence.dossierId(), List.of(new Rejection("HOUSEHOLD_NOT_FOUND", "residence.addressLine",
                        "Không có hộ gia đình tại địa chỉ này.", "No household at this address."))));
        JsonNode waiting = awaitStatus(dossierId, "ACTION_REQUIRED");
        assertThat(waiting.at("/requiredActions/0/step").asString()).isEqualTo("RESIDENCE");
        assertThat(waiting.at("/requiredActions/0/dueDate").asString()).isNotBlank();

        var lockedChange = portal.post("/api/v1/dossiers/" + dossierId + "/supplements",
                "{\"changes\": {\"child\": {\"fullName\": \"Điểu Thị Hồng\"}}}");
        assertThat(lockedChange.status()).isEqualTo(409);
        assertThat(lockedChange.body().at("/errors/0/field").asString()).isEqualTo("child");

        var supplemented = portal.post("/api/v1/dossiers/" + dossierId + "/supplements",
                "{\"changes\": {\"residence\": {\"addressLine\": \"Thôn 4\"}}}");
        assertThat(supplemented.status()).isEqualTo(200);
        assertThat(supplemented.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        var retried = kafka.await(ResidenceTopics.COMMANDS, dossierId, 2).get(1);
        var corrected = kafka.decode(retried, RegisterPermanentResidence.class);
        assertThat(corrected.addressLine()).isEqualTo("Thôn 4");
        assertThat(corrected.commandId()).isNotEqualTo(residence.commandId());
    }

    @Test
    void aBirthOutsideAHealthFacilityWaitsForTheOfficerWhoSawTheOriginalStatement() {
        ObjectNode dossier = PortalClient.exampleDossier();
        ((ObjectNode) dossier.get("child").get("placeOfBirth")).remove("facilityName");
        ((ObjectNode) dossier.get("child")).remove("medicalBirthCertificate");
        String dossierId = portal.submit(dossier).body().get("dossierId").asString();

        JsonNode waiting = awaitStatus(dossierId, "ACTION_REQUIRED");
        assertThat(waiting.at("/requiredActions/0/kind").asString()).isEqualTo("OFFICER");
        assertThat(waiting.at("/requiredActions/0/step").asString()).isEqualTo("BIRTH_REGISTRATION");

        var badAction = portal.post("/api/v1/dossiers/" + dossierId + "/officer-actions",
                "{\"action\": \"SOMETHING\", \"officerId\": \"cb-25450-02\"}");
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.body().at("/errors/0/field").asString()).isEqualTo("action");

        var confirmed = portal.post("/api/v1/dossiers/" + dossierId + "/officer-actions",
                "{\"action\": \"ORIGINAL_BIRTH_STATEMENT_SEEN\", \"officerId\": \"cb-25450-02\", \"note\": \"Đã xem bản chính\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        RegisterBirth registerBirth = kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);
        assertThat(registerBirth.originalBirthStatementSeen()).isTrue();
        assertThat(registerBirth.child().facilityName()).isNull();
    }

    /**
     * The mother is in the population database under another name and date of birth. Everyone who
     * may read the dossier learns which fields differ; only the commune's staff see what the
     * database holds. The portal's view, the status events and the history carry no registered value.
     */
    @Test
    void parentsWhoDifferAreNamedToThePortalButTheRegisteredValuesOnlyToTheCommunesStaff() {
        String mother = "070198007777";
        // The database checks the parents in the request for the number and holds the number.
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers"))
                .withRequestBody(matchingJsonPath("$.motherPersonalIdNumber", equalTo(mother)))
                .withRequestBody(matchingJsonPath("$.parentsAsDeclared.mother.fullName", equalTo("Điểu Thị Lan")))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"code\":\"PARENT_DATA_DIFFERS\",\"errors\":[{\"field\":"
                                + "\"parentsAsDeclared\",\"code\":\"PARENT_DATA_DIFFERS\",\"message\":\"vi\",\"messageEn\":\"en\"}],"
                                + "\"parents\":[{\"role\":\"mother\",\"personalIdNumber\":\"" + mother + "\","
                                + "\"fullName\":\"Điểu Thị Lân\",\"dateOfBirth\":\"1997-04-12\",\"deceased\":false},"
                                + "{\"role\":\"father\",\"personalIdNumber\":\"070095004567\",\"fullName\":\"Điểu Văn Minh\","
                                + "\"dateOfBirth\":\"1995-09-30\",\"deceased\":false}]}")));
        ObjectNode dossier = PortalClient.exampleDossier();
        ((ObjectNode) dossier.get("mother")).put("personalIdNumber", mother);
        ((ObjectNode) dossier.get("declarant")).put("personalIdNumber", mother);
        ((ObjectNode) dossier.get("residence")).put("parentPersonalIdNumber", mother);
        String dossierId = portal.submit(dossier).body().get("dossierId").asString();

        JsonNode seenByPortal = awaitStatus(dossierId, "ACTION_REQUIRED");
        JsonNode review = seenByPortal.at("/requiredActions/0");
        assertThat(review.get("kind").asString()).isEqualTo("REVIEW");
        assertThat(review.get("reasons")).extracting(reason -> reason.get("code").asString() + "@"
                + reason.get("field").asString()).containsExactly("PARENT_DATA_MISMATCH@mother.fullName",
                "PARENT_DATA_MISMATCH@mother.dateOfBirth");
        assertThat(review.get("messageEn").asString()).contains("The mother's full name", "The mother's date of birth");
        assertThat(review.get("reasons")).allSatisfy(reason -> assertThat(reason.has("registeredValue")).isFalse());
        assertThat(seenByPortal.toString()).as("the portal's view holds nothing the register holds")
                .doesNotContain("Lân", "1997-04-12");

        JsonNode seenByOfficer = PortalClient.as(port, TestTokens.officer("hotich.25450", "25450"))
                .get("/api/v1/dossiers/" + dossierId).body();
        assertThat(seenByOfficer.at("/requiredActions/0/reasons")).extracting(
                reason -> reason.get("declaredValue").asString() + " / " + reason.get("registeredValue").asString())
                .containsExactly("Điểu Thị Lan / Điểu Thị Lân", "1998-04-12 / 1997-04-12");
        assertThat(seenByOfficer.get("history").toString()).as("the history names the fields only")
                .doesNotContain("Lân", "1997-04-12");
        assertThat(PortalClient.as(port, TestTokens.officer("hotich.25453", "25453"))
                .get("/api/v1/dossiers/" + dossierId).status()).as("another commune's officer").isEqualTo(404);

        var published = kafka.awaitMatching(DossierTopics.STATUS_CHANGES, dossierId, DossierStatusChanged.class,
                event -> event.status().equals("ACTION_REQUIRED"));
        assertThat(published.requiredActions().get(0).messageVi()).contains("Họ tên của mẹ", "Ngày sinh của mẹ")
                .doesNotContain("Lân", "1997-04-12");
        assertThat(kafka.records(DossierTopics.STATUS_CHANGES, dossierId)).allSatisfy(event ->
                assertThat(new String(event.value(), java.nio.charset.StandardCharsets.UTF_8))
                        .as("dossier.status-changes").doesNotContain("Lân", "1997-04-12"));
        assertThat(POPULATION.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/api/v1/citizens/" + mother)))).as("the parents are checked in the one request").isEmpty();
    }

    /**
     * A second dossier for a child the population database already numbered: WireMock answers as
     * id-number-service does (a 409 POSSIBLE_DUPLICATE_CITIZEN once the child has a number). The
     * dossier waits for an officer with no second number issued; the officer confirms twins given
     * the same name, and a new request carrying that confirmation gets the twin her own number.
     */
    @Test
    void aSecondDossierForANumberedChildWaitsForAnOfficerWhoMayConfirmASameNamedTwin() {
        populationDatabaseNumbersTheChildOnce("Điểu Thị Hồng", "075326000777", "075326000778");
        String firstId = portal.submit(dossierFor("Điểu Thị Hồng")).body().get("dossierId").asString();
        assertThat(kafka.awaitOne(CivilRegistryTopics.COMMANDS, firstId, RegisterBirth.class).personalIdNumber())
                .isEqualTo("075326000777");

        String secondId = portal.submit(dossierFor("Điểu Thị Hồng")).body().get("dossierId").asString();

        JsonNode waiting = awaitStatus(secondId, "ACTION_REQUIRED");
        JsonNode review = waiting.at("/requiredActions/0");
        assertThat(review.get("kind").asString()).isEqualTo("REVIEW");
        assertThat(review.get("step").asString()).isEqualTo("ID_NUMBER");
        assertThat(review.get("messageVi").asString()).contains("0753******77");
        assertThat(review.get("reasons")).extracting(reason -> reason.get("code").asString())
                .containsOnly("POSSIBLE_DUPLICATE_CITIZEN");
        assertThat(review.get("reasons")).extracting(reason -> reason.path("field").asString(null))
                .containsExactly(null, "mother.personalIdNumber", "child.fullName", "child.sex", "child.dateOfBirth");
        assertThat(waiting.at("/results/personalIdNumber").isMissingNode()).isTrue();
        assertThat(step(waiting, "BIRTH_REGISTRATION").get("status").asString()).isEqualTo("NOT_STARTED");
        String refusedRequest = step(waiting, "ID_NUMBER").get("commandId").asString();
        assertThat(POPULATION.findAll(postRequestedFor(urlEqualTo("/api/v1/personal-id-numbers"))
                .withRequestBody(matchingJsonPath("$.fullName", equalTo("Điểu Thị Hồng")))))
                .as("one number issued, one refusal").hasSize(2);

        var notAboutParents = portal.post("/api/v1/dossiers/" + secondId + "/officer-actions",
                "{\"action\": \"CONFIRM_PARENT_DATA\", \"officerId\": \"cb-25450-01\"}");
        assertThat(notAboutParents.status()).isEqualTo(409);
        var confirmed = portal.post("/api/v1/dossiers/" + secondId + "/officer-actions",
                "{\"action\": \"CONFIRM_DISTINCT_CHILD\", \"officerId\": \"cb-25450-01\", \"note\": \"Sinh đôi\"}");
        assertThat(confirmed.status()).isEqualTo(200);

        RegisterBirth twin = kafka.awaitOne(CivilRegistryTopics.COMMANDS, secondId, RegisterBirth.class);
        assertThat(twin.personalIdNumber()).isEqualTo("075326000778");
        var reviewedRequests = POPULATION.findAll(postRequestedFor(urlEqualTo("/api/v1/personal-id-numbers"))
                .withRequestBody(matchingJsonPath("$.confirmedDistinctFrom", equalTo("0753******77")))
                // The officer is the token's (TestTokens.forPath), not the officerId the body claims.
                .withRequestBody(matchingJsonPath("$.duplicateReviewedBy", equalTo("Cán bộ hotich.test (hotich.test)"))));
        assertThat(reviewedRequests).hasSize(1);
        assertThat(reviewedRequests.get(0).getBodyAsString()).doesNotContain(refusedRequest);
        assertThat(portal.dossier(secondId).get("history")).extracting(entry -> entry.get("event").asString())
                .contains("ACTION_REQUIRED", "OFFICER_ACTION");
    }

    @Test
    void anOfficerWhoFindsItIsTheSameChildRefusesTheDossierAndNoNumberIsAskedForAgain() {
        populationDatabaseNumbersTheChildOnce("Điểu Văn Nam", "075226000555", "075226000556");
        ObjectNode first = dossierFor("Điểu Văn Nam");
        ((ObjectNode) first.get("child")).put("sex", "MALE");
        ObjectNode second = first.deepCopy();
        second.put("portalDossierCode", "G22.75-" + UUID.randomUUID());
        kafka.awaitOne(CivilRegistryTopics.COMMANDS, portal.submit(first).body().get("dossierId").asString(),
                RegisterBirth.class);
        String secondId = portal.submit(second).body().get("dossierId").asString();
        awaitStatus(secondId, "ACTION_REQUIRED");

        var sameChild = portal.post("/api/v1/dossiers/" + secondId + "/officer-actions",
                "{\"action\": \"CONFIRM_SAME_CHILD\", \"officerId\": \"cb-25450-01\"}");

        assertThat(sameChild.status()).isEqualTo(200);
        assertThat(sameChild.body().get("status").asString()).isEqualTo("REFUSED");
        JsonNode refused = portal.dossier(secondId);
        assertThat(refused.at("/refusal/code").asString()).isEqualTo("CHILD_ALREADY_HAS_ID_NUMBER");
        assertThat(refused.at("/refusal/messageVi").asString()).contains("0752******55");
        kafka.awaitMatching(DossierTopics.STATUS_CHANGES, secondId, DossierStatusChanged.class,
                event -> event.status().equals("REFUSED"));
        assertThat(POPULATION.findAll(postRequestedFor(urlEqualTo("/api/v1/personal-id-numbers"))
                .withRequestBody(matchingJsonPath("$.fullName", equalTo("Điểu Văn Nam"))))).hasSize(2);
        assertThat(kafka.records(CivilRegistryTopics.COMMANDS, secondId)).isEmpty();
    }

    /**
     * The population database as id-number-service behaves for one child: the first request gets
     * {@code number}; any later one a 409 naming it masked, unless an officer confirmed another
     * child, which gets {@code twinsNumber}.
     */
    private static void populationDatabaseNumbersTheChildOnce(String fullName, String number, String twinsNumber) {
        String masked = number.substring(0, 4) + "******" + number.substring(10);
        var forTheChild = matchingJsonPath("$.fullName", equalTo(fullName));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).withRequestBody(forTheChild)
                .inScenario(fullName).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("NUMBERED")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"personalIdNumber\":\"" + number + "\",\"newlyIssued\":true}")));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).withRequestBody(forTheChild)
                .inScenario(fullName).whenScenarioStateIs("NUMBERED").atPriority(5)
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type": "about:blank", "title": "Có thể trùng công dân đã có / Possible duplicate citizen",
                                 "status": 409, "code": "POSSIBLE_DUPLICATE_CITIZEN", "existingPersonalIdNumber": "%s",
                                 "matchedFields": ["motherPersonalIdNumber", "fullName", "sex", "dateOfBirth"],
                                 "errors": [{"field": null, "code": "POSSIBLE_DUPLICATE_CITIZEN", "message": "Trẻ trùng…",
                                             "messageEn": "The child has the same…"}]}""".formatted(masked))));
        POPULATION.stubFor(post(urlEqualTo("/api/v1/personal-id-numbers")).withRequestBody(forTheChild)
                .withRequestBody(matchingJsonPath("$.confirmedDistinctFrom", equalTo(masked)))
                .inScenario(fullName).whenScenarioStateIs("NUMBERED").atPriority(1)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"personalIdNumber\":\"" + twinsNumber + "\",\"newlyIssued\":true}")));
    }

    private static ObjectNode dossierFor(String childName) {
        ObjectNode dossier = PortalClient.exampleDossier();
        ((ObjectNode) dossier.get("child")).put("fullName", childName);
        return dossier;
    }

    @Test
    void communeOfficersListDossiersByCommuneAndStatusPageByPage() {
        ObjectNode dossier = PortalClient.exampleDossier();
        String commune = String.format("%05d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000));
        dossier.put("registrationCommuneCode", commune);
        ((ObjectNode) dossier.get("residence")).put("communeCode", commune);
        String dossierId = portal.submit(dossier).body().get("dossierId").asString();
        kafka.awaitOne(CivilRegistryTopics.COMMANDS, dossierId, RegisterBirth.class);

        JsonNode page = portal.get("/api/v1/dossiers?communeCode=" + commune + "&status=IN_PROGRESS&size=10").body();
        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.at("/items/0/dossierId").asString()).isEqualTo(dossierId);
        assertThat(page.at("/items/0/childFullName").asString()).isEqualTo("Điểu Thị Hoa");
        assertThat(portal.get("/api/v1/dossiers?communeCode=" + commune + "&status=COMPLETED").body()
                .get("totalItems").asLong()).isZero();

        var badStatus = portal.get("/api/v1/dossiers?status=DONE");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body().at("/errors/0/field").asString()).isEqualTo("status");
        assertThat(portal.get("/api/v1/dossiers/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(portal.get("/api/v1/dossiers/not-an-id").body().at("/errors/0/field").asString()).isEqualTo("dossierId");
    }

    /** The example's parents, and the corrected mother of the supplement test, as the database has them. */
    private static void populationDatabaseKnowsTheParents() {
        for (String[] person : new String[][] {
                {"070198001234", "Điểu Thị Lan", "1998-04-12"},
                {"070198005555", "Điểu Thị Lan", "1998-04-12"},
                {"070095004567", "Điểu Văn Minh", "1995-09-30"}}) {
            POPULATION.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/v1/citizens/" + person[0]))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"personalIdNumber\":\"" + person[0] + "\",\"fullName\":\"" + person[1]
                                    + "\",\"dateOfBirth\":\"" + person[2] + "\"}")));
        }
    }

    private JsonNode awaitStatus(String dossierId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(portal.dossier(dossierId).get("status").asString()));
        return portal.dossier(dossierId);
    }

    private static JsonNode step(JsonNode dossier, String name) {
        for (JsonNode step : dossier.get("steps")) {
            if (step.get("step").asString().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step " + name);
    }
}
