package vn.lienthong.civilregistry.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.civilregistry.DeathDeclarations.aTypicalDeath;
import static vn.lienthong.civilregistry.Declarations.aTypicalDeclaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.civilregistry.DeathDeclarations;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistered;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistrationRejected;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.messaging.testing.KafkaProbe;

/**
 * Deaths as the orchestrator asks for them: {@code RegisterDeath} on the civil registry's command
 * topic beside the births, answered on its reply topic, the death registers in real PostgreSQL.
 */
class DeathRegistrationIT extends RunningCivilRegistry {

    @Test
    void theExampleDeathIsRegisteredWithAnExtractAndCanBeLookedUp() {
        var death = aTypicalDeath().ofAnotherPerson();
        RegisterDeath command = death.message();

        DeathRegistered registered = send(command, DeathRegistered.class);

        assertThat(registered.commandId()).isEqualTo(command.commandId());
        assertThat(registered.dossierId()).isEqualTo(command.dossierId());
        assertThat(registered.registerVolume()).matches("\\d{2}/2026");
        assertThat(registered.entryNumber()).isBetween(1, 2);
        assertThat(registered.deathExtractNumber()).matches("KT-25450-2026-\\d{6}");
        int volume = Integer.parseInt(registered.registerVolume().substring(0, 2));
        assertThat(registered.deathExtractNumber()).endsWith("%06d".formatted((volume - 1) * 2 + registered.entryNumber()));
        assertThat(registered.registeredOn()).isEqualTo(TODAY);
        assertThat(registered.lateRegistration()).isFalse();

        JsonNode byExtract = get("/api/v1/death-registrations/" + registered.deathExtractNumber()).body();
        assertThat(byExtract.get("registerVolume").asString()).isEqualTo(registered.registerVolume());
        assertThat(byExtract.get("entryNumber").asInt()).isEqualTo(registered.entryNumber());
        assertThat(byExtract.get("deceasedFullName").asString()).isEqualTo("Điểu Văn Brơi");
        assertThat(byExtract.get("personalIdNumber").asString()).isEqualTo(death.deceasedIdNumber());
        assertThat(byExtract.get("dateOfDeath").asString()).isEqualTo("2026-11-18");
        assertThat(byExtract.get("causeCategory").asString()).isEqualTo("ILLNESS");
        assertThat(byExtract.get("proofKind").asString()).isEqualTo("HEALTH_FACILITY_DEATH_NOTICE");
        assertThat(byExtract.get("dossierId").asString()).isEqualTo(command.dossierId().toString());
        JsonNode byDeceased = get("/api/v1/death-registrations?personalIdNumber=" + death.deceasedIdNumber()).body();
        assertThat(byDeceased.get("deathExtractNumber").asString()).isEqualTo(registered.deathExtractNumber());
    }

    @Test
    void aCommandDeliveredTwiceMakesOneEntryAndRepeatsTheReply() {
        RegisterDeath command = aTypicalDeath().ofAnotherPerson().inANewCommune().message();

        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);
        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);

        var replies = kafka.await(CivilRegistryTopics.REPLIES, command.dossierId().toString(), 2);
        var first = kafka.decode(replies.get(0), DeathRegistered.class);
        assertThat(kafka.decode(replies.get(1), DeathRegistered.class)).isEqualTo(first);
        assertThat(first.deathExtractNumber()).isEqualTo("KT-" + command.registrationCommuneCode() + "-2026-000001");
        assertThat(deathEntriesIn(command.registrationCommuneCode())).isEqualTo(1);
    }

    @Test
    void theSameDossierAskingAgainWithANewCommandGetsItsRegistrationBack() {
        var death = aTypicalDeath().ofAnotherPerson().inANewCommune();
        DeathRegistered first = send(death.message(), DeathRegistered.class);

        RegisterDeath replay = death.message();
        kafka.send(CivilRegistryTopics.COMMANDS, replay.dossierId().toString(), replay);
        var again = kafka.decode(kafka.await(CivilRegistryTopics.REPLIES, replay.dossierId().toString(), 2).get(1),
                DeathRegistered.class);

        assertThat(again.commandId()).isEqualTo(replay.commandId()).isNotEqualTo(first.commandId());
        assertThat(again.deathExtractNumber()).isEqualTo(first.deathExtractNumber());
        assertThat(deathEntriesIn(death.commune())).isEqualTo(1);
    }

    @Test
    void aSecondRegistrationOfTheSameDeathIsRefusedNamingTheFirstExtract() {
        var death = aTypicalDeath().ofAnotherPerson();
        DeathRegistered first = send(death.message(), DeathRegistered.class);

        var second = send(death.inDossier(UUID.randomUUID()).message(), DeathRegistrationRejected.class);

        assertThat(second.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple("DEATH_ALREADY_REGISTERED", "deceased.personalIdNumber"));
        assertThat(second.reasons().get(0).messageVi()).contains(first.deathExtractNumber())
                .contains("quyển số " + first.registerVolume());
        assertThat(second.reasons().get(0).messageEn()).contains(first.deathExtractNumber());
    }

    @Test
    void aDeathDeclaredAfterFifteenDaysIsFlaggedLateButRegistered() {
        var fifteenDays = send(aTypicalDeath().ofAnotherPerson().diedOn(LocalDate.of(2026, 11, 7)).message(),
                DeathRegistered.class);
        var late = aTypicalDeath().ofAnotherPerson().diedOn(LocalDate.of(2026, 11, 6));
        var sixteenDays = send(late.message(), DeathRegistered.class);

        assertThat(fifteenDays.lateRegistration()).isFalse();
        assertThat(sixteenDays.lateRegistration()).isTrue();
        assertThat(get("/api/v1/death-registrations?personalIdNumber=" + late.deceasedIdNumber()).body()
                .get("lateRegistration").asBoolean()).isTrue();
    }

    @Test
    void theDeathRegisterIsABookOfItsOwnBesideTheBirthRegisterAndBothFillInOneBatch() {
        String commune = aTypicalDeath().inANewCommune().commune();
        List<Object> commands = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            commands.add(aTypicalDeclaration().ofAnotherChild().inCommune(commune).message());
            commands.add(aTypicalDeath().ofAnotherPerson().inCommune(commune).message());
        }

        commands.forEach(command -> kafka.send(CivilRegistryTopics.COMMANDS, dossierOf(command), command));

        List<String> certificates = new ArrayList<>();
        List<String> extracts = new ArrayList<>();
        for (Object command : commands) {
            if (command instanceof RegisterBirth birth) {
                certificates.add(kafka.awaitOne(CivilRegistryTopics.REPLIES, dossierOf(birth), BirthRegistered.class)
                        .birthCertificateNumber());
            } else {
                extracts.add(kafka.awaitOne(CivilRegistryTopics.REPLIES, dossierOf(command), DeathRegistered.class)
                        .deathExtractNumber());
            }
        }
        assertThat(certificates).containsExactlyInAnyOrder("KS-" + commune + "-2026-000001",
                "KS-" + commune + "-2026-000002", "KS-" + commune + "-2026-000003");
        assertThat(extracts).containsExactlyInAnyOrder("KT-" + commune + "-2026-000001",
                "KT-" + commune + "-2026-000002", "KT-" + commune + "-2026-000003");
    }

    @Test
    void aDeathTheRulesRefuseIsAnsweredWithEveryReasonAndNoEntry() {
        DeathDeclarations wrong = aTypicalDeath().ofAnotherPerson().inANewCommune().filedIn("25453")
                .diedOn(LocalDate.of(2026, 11, 25)).declaredBy("AUTHORIZED");

        var rejected = send(wrong.message(), DeathRegistrationRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field).containsExactly(
                tuple("DEATH_DATE_INVALID", "death.dateOfDeath"),
                tuple("DEATH_NOT_COMPETENT_COMMUNE", "registrationCommuneCode"),
                tuple("AUTHORIZATION_REQUIRED", "declarant.authorizationDocumentNumber"));
        assertThat(rejected.reasons()).allSatisfy(reason -> {
            assertThat(reason.messageVi()).isNotBlank();
            assertThat(reason.messageEn()).isNotBlank();
        });
        assertThat(get("/api/v1/death-registrations?personalIdNumber=" + wrong.deceasedIdNumber()).status().value())
                .isEqualTo(404);
    }

    @Test
    void aDeathWithoutProofOrWithMalformedFieldsIsAnsweredWithARejectionNamingThem() {
        var command = aTypicalDeath().ofAnotherPerson().withProof(null).withDeceased("07006000112").message();

        var rejected = send(command, DeathRegistrationRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field).containsExactly(
                tuple("INVALID_FIELD", "deceased.personalIdNumber"),
                tuple("DEATH_PROOF_MISSING", "death.proof.kind"));
    }

    @Test
    void aCommandThatCannotBeReadOrIsNotTheRegistrysIsDeadLettered() {
        RegisterDeath withoutCommandId = new RegisterDeath(null, UUID.randomUUID(), null, "25450", null, null, null);
        var notForTheRegistry = new RemovePermanentResidence(UUID.randomUUID(), UUID.randomUUID(), "070060001122",
                LocalDate.of(2026, 11, 18), "KT-25450-2026-000017", "25450", "Thôn 3");

        kafka.send(CivilRegistryTopics.COMMANDS, withoutCommandId.dossierId().toString(), withoutCommandId);
        kafka.send(CivilRegistryTopics.COMMANDS, notForTheRegistry.dossierId().toString(), notForTheRegistry);

        var anonymous = kafka.await(CivilRegistryTopics.COMMANDS_DEAD_LETTER, withoutCommandId.dossierId().toString(), 1);
        assertThat(KafkaProbe.header(anonymous.get(0), MessageHeaders.DEAD_LETTER_REASON)).contains("commandId");
        var misrouted = kafka.await(CivilRegistryTopics.COMMANDS_DEAD_LETTER, notForTheRegistry.dossierId().toString(), 1);
        assertThat(KafkaProbe.header(misrouted.get(0), MessageHeaders.DEAD_LETTER_REASON))
                .contains("RemovePermanentResidence");
    }

    @Test
    void theLookupsNameAMalformedNumberAndSayWhenNoDeathIsRegistered() {
        var malformed = get("/api/v1/death-registrations/KT-25450-2026-12");
        assertThat(malformed.status().value()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asString()).isEqualTo("deathExtractNumber");
        assertThat(get("/api/v1/death-registrations?personalIdNumber=0700600011x2").status().value()).isEqualTo(400);
        var unknown = get("/api/v1/death-registrations/KT-25450-1999-000001");
        assertThat(unknown.status().value()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asString()).startsWith("Chưa có đăng ký khai tử");
    }

    private <T> T send(RegisterDeath command, Class<T> replyType) {
        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);
        return kafka.awaitOne(CivilRegistryTopics.REPLIES, command.dossierId().toString(), replyType);
    }

    private static String dossierOf(Object command) {
        return command instanceof RegisterBirth birth ? birth.dossierId().toString()
                : ((RegisterDeath) command).dossierId().toString();
    }

    private long deathEntriesIn(String commune) {
        return jdbc.sql("select count(*) from death_register_entry where commune_code = ?").param(commune)
                .query(Long.class).single();
    }
}
