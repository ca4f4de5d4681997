package vn.lienthong.civilregistry.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.civilregistry.Declarations.aTypicalDeclaration;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.civilregistry.adapter.out.persistence.ConcurrentRegistrationException;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcBirthRegistrations;
import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.common.ChildData;
import vn.lienthong.contracts.common.DeclarantData;
import vn.lienthong.contracts.common.PersonData;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.messaging.testing.KafkaProbe;

/**
 * The service as the orchestrator sees it: commands in over real Kafka, the registers in real
 * PostgreSQL. Today is 22 November 2026 in Vietnam, and a register volume holds two entries so
 * that a new volume is quick to reach.
 */
class CivilRegistryServiceIT extends RunningCivilRegistry {

    @Test
    void theExampleChildIsRegisteredAndCanBeLookedUp() {
        var declaration = aTypicalDeclaration().ofAnotherChild();
        RegisterBirth command = declaration.message();

        BirthRegistered registered = send(command, BirthRegistered.class);

        assertThat(registered.commandId()).isEqualTo(command.commandId());
        assertThat(registered.dossierId()).isEqualTo(command.dossierId());
        assertThat(registered.registerVolume()).matches("\\d{2}/2026");
        assertThat(registered.entryNumber()).isBetween(1, 2);
        assertThat(registered.birthCertificateNumber()).matches("KS-25450-2026-\\d{6}");
        int volume = Integer.parseInt(registered.registerVolume().substring(0, 2));
        assertThat(registered.birthCertificateNumber())
                .endsWith("%06d".formatted((volume - 1) * 2 + registered.entryNumber()));
        assertThat(registered.registeredOn()).isEqualTo(TODAY);
        assertThat(registered.lateRegistration()).isFalse();

        JsonNode byCertificate = http().get().uri("/api/v1/birth-registrations/{number}",
                registered.birthCertificateNumber()).retrieve().body(JsonNode.class);
        assertThat(byCertificate.get("registerVolume").asString()).isEqualTo(registered.registerVolume());
        assertThat(byCertificate.get("entryNumber").asInt()).isEqualTo(registered.entryNumber());
        assertThat(byCertificate.get("registeredOn").asString()).isEqualTo("2026-11-22");
        assertThat(byCertificate.get("lateRegistration").asBoolean()).isFalse();
        assertThat(byCertificate.get("childFullName").asString()).isEqualTo("Điểu Thị Hoa");
        assertThat(byCertificate.get("dateOfBirth").asString()).isEqualTo("2026-11-02");
        assertThat(byCertificate.get("personalIdNumber").asString()).isEqualTo(declaration.childIdNumber());
        assertThat(byCertificate.get("dossierId").asString()).isEqualTo(command.dossierId().toString());

        JsonNode byChild = http().get().uri("/api/v1/birth-registrations?personalIdNumber={id}",
                declaration.childIdNumber()).retrieve().body(JsonNode.class);
        assertThat(byChild.get("birthCertificateNumber").asString()).isEqualTo(registered.birthCertificateNumber());
    }

    @Test
    void aCommandDeliveredTwiceMakesOneEntryAndRepeatsTheReply() {
        RegisterBirth command = aTypicalDeclaration().ofAnotherChild().inANewCommune().message();

        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);
        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);

        var replies = kafka.await(CivilRegistryTopics.REPLIES, command.dossierId().toString(), 2);
        var first = kafka.decode(replies.get(0), BirthRegistered.class);
        assertThat(kafka.decode(replies.get(1), BirthRegistered.class)).isEqualTo(first);
        assertThat(first.birthCertificateNumber()).isEqualTo("KS-" + command.registrationCommuneCode() + "-2026-000001");
        assertThat(entriesInRegisterOf(command.registrationCommuneCode())).isEqualTo(1);
    }

    @Test
    void theSameDossierAskingAgainWithANewCommandGetsItsRegistrationBack() {
        var declaration = aTypicalDeclaration().ofAnotherChild().inANewCommune();
        BirthRegistered first = send(declaration.message(), BirthRegistered.class);

        RegisterBirth replay = declaration.message();
        kafka.send(CivilRegistryTopics.COMMANDS, replay.dossierId().toString(), replay);
        var again = kafka.decode(kafka.await(CivilRegistryTopics.REPLIES, replay.dossierId().toString(), 2).get(1),
                BirthRegistered.class);

        assertThat(again.commandId()).isEqualTo(replay.commandId()).isNotEqualTo(first.commandId());
        assertThat(again.birthCertificateNumber()).isEqualTo(first.birthCertificateNumber());
        assertThat(again.registerVolume()).isEqualTo(first.registerVolume());
        assertThat(again.entryNumber()).isEqualTo(first.entryNumber());
        assertThat(entriesInRegisterOf(declaration.commune())).isEqualTo(1);
    }

    @Test
    void anotherDossierForTheSameChildIsRefusedAsADuplicate() {
        var declaration = aTypicalDeclaration().ofAnotherChild();
        String child = declaration.childIdNumber();
        send(declaration.message(), BirthRegistered.class);

        var sameBirth = send(declaration.inDossier(UUID.randomUUID()).withChildIdNumber("079326000001").message(),
                BirthRegistrationRejected.class);
        var sameChildIdNumber = send(aTypicalDeclaration().ofAnotherChild().withChildIdNumber(child).message(),
                BirthRegistrationRejected.class);

        assertThat(sameBirth.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple("DUPLICATE_BIRTH", "child.medicalBirthCertificate.number"));
        assertThat(sameBirth.reasons().get(0).messageVi()).isEqualTo("Trẻ đã được đăng ký khai sinh theo một hồ sơ khác.");
        assertThat(sameChildIdNumber.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple("DUPLICATE_BIRTH", "child.personalIdNumber"));
    }

    @Test
    void aBirthOutsideAFacilityIsRegisteredOnceAnOfficerHasSeenTheOriginalStatement() {
        var declaration = aTypicalDeclaration().ofAnotherChild().bornOutsideAFacility();

        var refused = send(declaration.message(), BirthRegistrationRejected.class);
        assertThat(refused.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple("ORIGINAL_BIRTH_STATEMENT_REQUIRED", "child.placeOfBirth.facilityName"));

        RegisterBirth supplemented = declaration.withOriginalStatementSeen().message();
        kafka.send(CivilRegistryTopics.COMMANDS, supplemented.dossierId().toString(), supplemented);
        var registered = kafka.decode(kafka.await(CivilRegistryTopics.REPLIES, supplemented.dossierId().toString(), 2)
                .get(1), BirthRegistered.class);
        assertThat(registered.commandId()).isEqualTo(supplemented.commandId());
        assertThat(registered.birthCertificateNumber()).startsWith("KS-25450-2026-");
    }

    @Test
    void aBirthRegisteredAfterSixtyDaysIsFlaggedLateButRegistered() {
        var sixtyDays = send(aTypicalDeclaration().ofAnotherChild().bornOn(LocalDate.of(2026, 9, 23)).message(),
                BirthRegistered.class);
        var late = aTypicalDeclaration().ofAnotherChild().bornOn(LocalDate.of(2026, 9, 22));
        var sixtyOneDays = send(late.message(), BirthRegistered.class);

        assertThat(sixtyDays.lateRegistration()).isFalse();
        assertThat(sixtyOneDays.lateRegistration()).isTrue();
        JsonNode lookedUp = http().get().uri("/api/v1/birth-registrations?personalIdNumber={id}", late.childIdNumber())
                .retrieve().body(JsonNode.class);
        assertThat(lookedUp.get("lateRegistration").asBoolean()).isTrue();
    }

    @Test
    void theRegisterStartsANewVolumeWhenOneIsFull() {
        String commune = aTypicalDeclaration().inANewCommune().commune();

        var first = send(aTypicalDeclaration().ofAnotherChild().inCommune(commune).message(), BirthRegistered.class);
        var second = send(aTypicalDeclaration().ofAnotherChild().inCommune(commune).message(), BirthRegistered.class);
        var third = send(aTypicalDeclaration().ofAnotherChild().inCommune(commune).message(), BirthRegistered.class);

        assertThat(java.util.List.of(first, second, third))
                .extracting(BirthRegistered::registerVolume, BirthRegistered::entryNumber,
                        BirthRegistered::birthCertificateNumber)
                .containsExactly(
                        tuple("01/2026", 1, "KS-" + commune + "-2026-000001"),
                        tuple("01/2026", 2, "KS-" + commune + "-2026-000002"),
                        tuple("02/2026", 1, "KS-" + commune + "-2026-000003"));
    }

    @Test
    void aCommandWithMalformedFieldsIsAnsweredWithARejectionNamingThem() {
        var child = new ChildData(" ", Sex.FEMALE, LocalDate.of(2026, 11, 2), "Trung tâm Y tế", "25450", null, null,
                null, false);
        var mother = new PersonData("Điểu Thị Lan", null, "0701980012", null, null);
        var father = new PersonData("", null, null, null, null);
        var command = new RegisterBirth(UUID.randomUUID(), UUID.randomUUID(), null, "2545", "12345", child, mother,
                father, new DeclarantData("Điểu Thị Lan", null, "MOTHER", null), false);

        BirthRegistrationRejected rejected = send(command, BirthRegistrationRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::field).containsExactly(
                "registrationCommuneCode", "child.personalIdNumber", "child.fullName",
                "child.medicalBirthCertificate.number", "mother.personalIdNumber", "father.fullName");
        assertThat(rejected.reasons().get(1).messageVi()).isEqualTo("Số định danh cá nhân của trẻ phải có đúng 12 chữ số.");
    }

    @Test
    void aMessageThatCannotBeReadIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        RegisterBirth withoutCommandId = new RegisterBirth(null, UUID.randomUUID(), null, "25450", "075326000123",
                null, null, null, null, false);

        kafka.sendRaw(CivilRegistryTopics.COMMANDS, key, "RegisterBirth", "[]".getBytes());
        kafka.send(CivilRegistryTopics.COMMANDS, withoutCommandId.dossierId().toString(), withoutCommandId);

        var broken = kafka.await(CivilRegistryTopics.COMMANDS_DEAD_LETTER, key, 1).get(0);
        assertThat(KafkaProbe.header(broken, MessageHeaders.DEAD_LETTER_REASON)).contains("RegisterBirth");
        var anonymous = kafka.await(CivilRegistryTopics.COMMANDS_DEAD_LETTER, withoutCommandId.dossierId().toString(), 1).get(0);
        assertThat(KafkaProbe.header(anonymous, MessageHeaders.DEAD_LETTER_REASON)).contains("commandId");
    }

    @Test
    void aNameLongerThanTheRegisterHoldsIsRefusedNamingItBeforeTheDatabaseSeesIt() {
        var tooLong = aTypicalDeclaration().ofAnotherChild().bornOutsideAFacility().withOriginalStatementSeen()
                .withChildName(randomText(10_000));
        RegisterBirth command = tooLong.message();
        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);

        var rejected = kafka.awaitOne(CivilRegistryTopics.REPLIES, command.dossierId().toString(),
                BirthRegistrationRejected.class);
        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TOO_LONG", "child.fullName"));
        assertThat(kafka.records(CivilRegistryTopics.COMMANDS_DEAD_LETTER, command.dossierId().toString())).isEmpty();
    }

    @Test
    void aBirthTheDatabaseCannotStoreIsAnsweredWithACannotProcessRejectionAndTheNextIsRegistered() {
        // A rule of the database that the service's own rules do not know refuses this one name.
        jdbc.sql("alter table birth_register_entry add constraint refuses_one_name"
                + " check (child_full_name <> 'Không Lưu Được') not valid").update();
        var unstorable = aTypicalDeclaration().ofAnotherChild().withChildName("Không Lưu Được");
        RegisterBirth command = unstorable.message();
        RegisterBirth nextCommand = aTypicalDeclaration().ofAnotherChild().message();
        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);
        kafka.send(CivilRegistryTopics.COMMANDS, nextCommand.dossierId().toString(), nextCommand);

        var rejected = kafka.awaitOne(CivilRegistryTopics.REPLIES, command.dossierId().toString(),
                BirthRegistrationRejected.class);
        assertThat(rejected.commandId()).isEqualTo(command.commandId());
        assertThat(rejected.reasons()).extracting(Rejection::code).containsExactly(Rejection.CANNOT_PROCESS);
        assertThat(rejected.reasons().get(0).messageEn()).contains("SQLSTATE 23514");
        assertThat(rejected.reasons().get(0).messageVi()).startsWith("Cơ quan không xử lý được");
        assertThat(kafka.awaitOne(CivilRegistryTopics.REPLIES, nextCommand.dossierId().toString(),
                BirthRegistered.class).commandId()).isEqualTo(nextCommand.commandId());
        assertThat(jdbc.sql("select count(*) from birth_register_entry where child_personal_id_number = ?")
                .param(unstorable.childIdNumber()).query(Long.class).single()).isZero();
        assertThat(kafka.records(CivilRegistryTopics.COMMANDS_DEAD_LETTER, command.dossierId().toString()))
                .isEmpty();

        // The same command again gets the same answer, as every handled command does.
        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);
        var again = kafka.decode(kafka.await(CivilRegistryTopics.REPLIES, command.dossierId().toString(), 2)
                .get(1), BirthRegistrationRejected.class);
        assertThat(again).isEqualTo(rejected);
        jdbc.sql("alter table birth_register_entry drop constraint refuses_one_name").update();
    }

    @Test
    void aParkedReplyIsListedInspectedAndRedrivenOnceOnTheAgencysOwnApi() {
        // A reply the relay set aside (as when the broker's limit was lower), planted as the relay writes it.
        BirthRegistered reply = new BirthRegistered(UUID.randomUUID(), UUID.randomUUID(), "01/2026", 1,
                "KS-25450-2026-000001", TODAY, false);
        long id = jdbc.sql("""
                        insert into outbox_parked (message_id, topic, message_key, message_type, payload, reason, written_at)
                        values (?, ?, ?, 'BirthRegistered', ?, ?, now()) returning id""")
                .params(UUID.randomUUID(), CivilRegistryTopics.REPLIES, reply.dossierId().toString(),
                        new vn.lienthong.messaging.MessageCodec().encode(reply), "RecordTooLargeException: The request "
                                + "included a message larger than the max message size the server will accept.")
                .query(Long.class).single();

        JsonNode listed = get("/api/v1/ops/parked-messages?topic=" + CivilRegistryTopics.REPLIES + "&size=200").body();
        JsonNode item = null;
        for (JsonNode candidate : listed.get("items")) {
            if (candidate.get("id").asLong() == id) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("messageType").asString()).isEqualTo("BirthRegistered");
        assertThat(item.get("reason").asString()).startsWith("RecordTooLargeException");
        assertThat(item.has("payload")).isFalse();
        assertThat(get("/api/v1/ops/parked-messages/" + id).body().get("payload").asString())
                .contains(reply.commandId().toString());
        assertThat(get("/api/v1/ops/parked-messages?size=500").body().at("/errors/0/field").asString()).isEqualTo("size");
        assertThat(get("/api/v1/ops/parked-messages/999999999").status().value()).isEqualTo(404);

        var anonymous = post("/api/v1/ops/parked-messages/" + id + "/redrive", "{}");
        assertThat(anonymous.status().value()).isEqualTo(400);
        assertThat(anonymous.body().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactly("operator", "reason");
        var redriven = post("/api/v1/ops/parked-messages/" + id + "/redrive",
                "{\"operator\": \"ops-hcm-01\", \"reason\": \"Đã nâng giới hạn\"}");
        assertThat(redriven.status().value()).isEqualTo(200);
        assertThat(redriven.body().get("redrivenBy").asString()).isEqualTo("ops-hcm-01");
        assertThat(kafka.awaitOne(CivilRegistryTopics.REPLIES, reply.dossierId().toString(), BirthRegistered.class))
                .isEqualTo(reply);
        var twice = post("/api/v1/ops/parked-messages/" + id + "/redrive",
                "{\"operator\": \"ops-hcm-02\", \"reason\": \"lần nữa\"}");
        assertThat(twice.status().value()).isEqualTo(409);
        assertThat(twice.body().get("code").asString()).isEqualTo("ALREADY_REDRIVEN");
        assertThat(twice.body().get("redrivenBy").asString()).isEqualTo("ops-hcm-01");
    }

    private static String randomText(int length) {
        var text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(UUID.randomUUID());
        }
        return text.substring(0, length);
    }

    @Test
    void theLookupsNameAMalformedNumberAndSayWhenNoBirthIsRegistered() {
        var malformedCertificate = get("/api/v1/birth-registrations/KS-25450-2026-12");
        assertThat(malformedCertificate.status().value()).isEqualTo(400);
        assertThat(malformedCertificate.body().get("errors").get(0).get("field").asString()).isEqualTo("birthCertificateNumber");

        var malformedIdNumber = get("/api/v1/birth-registrations?personalIdNumber=07532600012x");
        assertThat(malformedIdNumber.status().value()).isEqualTo(400);
        assertThat(malformedIdNumber.body().get("errors").get(0).get("field").asString()).isEqualTo("personalIdNumber");
        assertThat(malformedIdNumber.body().get("detail").asString()).startsWith("Số định danh cá nhân");

        assertThat(get("/api/v1/birth-registrations").status().value()).isEqualTo(400);
        assertThat(get("/api/v1/birth-registrations/KS-25450-1999-000001").status().value()).isEqualTo(404);
        var unknownChild = get("/api/v1/birth-registrations?personalIdNumber=001099999999");
        assertThat(unknownChild.status().value()).isEqualTo(404);
        assertThat(unknownChild.body().get("title").asString()).isEqualTo("Không tìm thấy / Not found");
    }

    @Test
    void theDatabaseRefusesASecondEntryForTheSameChildEvenPastTheChecks() {
        var declaration = aTypicalDeclaration().ofAnotherChild().inANewCommune();
        send(declaration.message(), BirthRegistered.class);
        var registrations = new JdbcBirthRegistrations(jdbc);
        BirthRegistration existing = registrations.findByChild(new PersonalIdNumber(declaration.childIdNumber())).orElseThrow();
        var racer = new BirthRegistration(new BirthCertificateNumber("KS-" + declaration.commune() + "-2026-000099"),
                existing.entry(), TODAY, false,
                aTypicalDeclaration().ofAnotherChild().inCommune(declaration.commune())
                        .withChildIdNumber(declaration.childIdNumber()).declaration());

        assertThatThrownBy(() -> registrations.add(racer))
                .isInstanceOf(ConcurrentRegistrationException.class)
                .hasMessageContaining("birth_register_entry_")
                .hasMessageNotContaining(declaration.childIdNumber())
                .hasNoCause();
    }

    private <T> T send(RegisterBirth command, Class<T> replyType) {
        kafka.send(CivilRegistryTopics.COMMANDS, command.dossierId().toString(), command);
        return kafka.awaitOne(CivilRegistryTopics.REPLIES, command.dossierId().toString(), replyType);
    }

    private long entriesInRegisterOf(String commune) {
        return jdbc.sql("select count(*) from birth_register_entry where commune_code = ?").param(commune)
                .query(Long.class).single();
    }
}
