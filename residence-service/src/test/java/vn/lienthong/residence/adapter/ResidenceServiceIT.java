package vn.lienthong.residence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.residence.adapter.in.seed.HouseholdSeedImport;
import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Relationship;

/** The service as the orchestrator sees it: commands in over real Kafka, state in real PostgreSQL. */
class ResidenceServiceIT extends RunningResidence {

    private static final String LAN = "070198001234";
    private static final String MINH = "070095004567";
    private static final String TUAN = "070097005566";
    private static final String AN = "079085001234";

    @Test
    void theExampleChildJoinsHerMothersHouseholdAndGetsTheSameRegistrationWhenAskedAgain() {
        String child = uniqueIdNumber();
        LocalDate before = LocalDate.now(clock);
        var command = register(child, LAN, "25450", "Thôn 3", false);

        PermanentResidenceRegistered registered = send(command, PermanentResidenceRegistered.class);

        assertThat(registered.commandId()).isEqualTo(command.commandId());
        assertThat(registered.registeredOn()).isBetween(before, LocalDate.now(clock));
        assertThat(registered.registrationNumber()).matches("TT-25450-" + registered.registeredOn().getYear() + "-\\d{6}");
        assertThat(registered.householdNumber()).isEqualTo("HK-25450-000001");
        assertThat(registered.registeredAddress()).isEqualTo("Thôn 3, Xã Bù Gia Mập");
        assertThat(registered.communeCode()).isEqualTo("25450");

        var anotherDossierForTheSameChild = register(child, LAN, "25450", "  thôn  3 ", false);
        PermanentResidenceRegistered again = send(anotherDossierForTheSameChild, PermanentResidenceRegistered.class);
        assertThat(again.dossierId()).isEqualTo(anotherDossierForTheSameChild.dossierId());
        assertThat(again.registrationNumber()).isEqualTo(registered.registrationNumber());

        JsonNode resident = http().get().uri("/api/v1/residents/{id}", child).retrieve().body(JsonNode.class);
        assertThat(resident.get("householdNumber").asString()).isEqualTo("HK-25450-000001");
        assertThat(resident.get("relationshipToHead").asString()).isEqualTo("CHILD");
        assertThat(resident.get("registrationNumber").asString()).isEqualTo(registered.registrationNumber());
        assertThat(resident.get("address").asString()).isEqualTo("Thôn 3, Xã Bù Gia Mập");
    }

    @Test
    void aCommandDeliveredTwiceRegistersOneMembershipAndRepeatsTheReply() {
        String child = uniqueIdNumber();
        var command = register(child, LAN, "25450", "Thôn 3", false);

        kafka.send(ResidenceTopics.COMMANDS, command.dossierId().toString(), command);
        kafka.send(ResidenceTopics.COMMANDS, command.dossierId().toString(), command);

        var replies = kafka.await(ResidenceTopics.REPLIES, command.dossierId().toString(), 2);
        var first = kafka.decode(replies.get(0), PermanentResidenceRegistered.class);
        var second = kafka.decode(replies.get(1), PermanentResidenceRegistered.class);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from household_member where personal_id_number = ?").param(child)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAddressWithoutAHouseholdIsRefusedOnTheAddress() {
        var rejected = send(register(uniqueIdNumber(), LAN, "25450", "Thôn 99", false), PermanentResidenceRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(Tuple.tuple("HOUSEHOLD_NOT_FOUND", "residence.addressLine"));
        assertThat(rejected.reasons().get(0).messageVi()).isNotBlank();
    }

    @Test
    void aParentRegisteredElsewhereIsRefusedWithoutRevealingWhere() {
        var rejected = send(register(uniqueIdNumber(), AN, "25450", "Thôn 3", true), PermanentResidenceRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(Tuple.tuple("PARENT_NOT_REGISTERED_AT_ADDRESS", "residence.parentPersonalIdNumber"));
        assertThat(rejected.reasons().get(0).messageVi()).contains("địa chỉ khác").doesNotContain("Lê Lợi", "26734");
    }

    @Test
    void aParentWhoDoesNotHeadTheHouseholdNeedsTheHeadsConsent() {
        String child = uniqueIdNumber();

        var withoutConsent = send(register(child, TUAN, "25450", "Thôn 3", false), PermanentResidenceRejected.class);
        assertThat(withoutConsent.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(Tuple.tuple("HOUSEHOLD_HEAD_CONSENT_REQUIRED", "residence.householdHeadConsent"));

        var withConsent = send(register(child, TUAN, "25450", "Thôn 3", true), PermanentResidenceRegistered.class);
        assertThat(withConsent.householdNumber()).isEqualTo("HK-25450-000002");
        JsonNode resident = http().get().uri("/api/v1/residents/{id}", child).retrieve().body(JsonNode.class);
        assertThat(resident.get("relationshipToHead").asString()).isEqualTo("GRANDCHILD");
    }

    @Test
    void aCommandWithMalformedFieldsIsAnsweredWithARejectionNamingThem() {
        var command = new RegisterPermanentResidence(UUID.randomUUID(), UUID.randomUUID(), "12345", " ", null,
                "KS-25450-2026-000123", "07019800123", "2545", "", false);

        var rejected = send(command, PermanentResidenceRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::field).containsExactly("child.personalIdNumber",
                "child.fullName", "child.dateOfBirth", "residence.parentPersonalIdNumber", "residence.communeCode",
                "residence.addressLine");
    }

    @Test
    void aMessageThatCannotBeReadIsDeadLettered() {
        String key = UUID.randomUUID().toString();

        kafka.sendRaw(ResidenceTopics.COMMANDS, key, "RegisterPermanentResidence", "[]".getBytes());

        var dead = kafka.await(ResidenceTopics.COMMANDS_DEAD_LETTER, key, 1).get(0);
        assertThat(KafkaProbe.header(dead, MessageHeaders.DEAD_LETTER_REASON)).contains("RegisterPermanentResidence");
    }

    @Test
    void theSeedFileIsImportedAtStartUpAndAgainWithoutLosingWhatWasRegistered() {
        JsonNode household = household("HK-27001-000001");
        assertThat(household.get("address").asString()).isEqualTo("Tổ 1 ấp Tân Lợi, 27001");
        assertThat(household.get("members")).hasSize(2);

        var registered = send(register(uniqueIdNumber(), LOC, "27001", "tổ 1 ấp tân lợi", false),
                PermanentResidenceRegistered.class);
        assertThat(registered.householdNumber()).isEqualTo("HK-27001-000001");
        assertThat(registered.registeredAddress()).isEqualTo("Tổ 1 ấp Tân Lợi, 27001");
        assertThat(registered.registrationNumber()).startsWith("TT-27001-");

        seedImport.run(null);
        JsonNode reimported = household("HK-27001-000001");
        assertThat(reimported.get("members")).hasSize(3);
        assertThat(reimported.get("members").get(2).get("registrationNumber").asString())
                .isEqualTo(registered.registrationNumber());
    }

    @Test
    void aBadSeedRowStopsTheImportNamingLineAndColumnAndSavesNothing() {
        Path bad = seedDirectory(HEADER,
                "HK-27001-000009,27001,Tổ 9,075070999999,075070999999,Trần Văn Chín,HEAD",
                "HK-27001-000009,27001,Tổ 9,075070999999,07517299999,Võ Thị Mười,SPOUSE");
        try {
            assertThatThrownBy(() -> new HouseholdSeedImport(bad, households, transactions).run(null))
                    .hasMessageStartingWith("households.csv line 3: column member_personal_id_number:");
            assertThat(status("/api/v1/households/{number}", "HK-27001-000009")).isEqualTo(404);
        } finally {
            FileSystemUtils.deleteRecursively(bad.toFile());
        }
    }

    @Test
    void theLookupsShowHouseholdsAndResidentsAndNameWhatIsWrong() {
        JsonNode household = household("HK-25450-000001");
        assertThat(household.get("address").asString()).isEqualTo("Thôn 3, Xã Bù Gia Mập");
        assertThat(household.get("headPersonalIdNumber").asString()).isEqualTo(LAN);
        assertThat(household.get("members").get(0).get("personalIdNumber").asString()).isEqualTo(LAN);
        assertThat(household.get("members").get(0).get("relationshipToHead").asString()).isEqualTo("HEAD");
        assertThat(household.get("members").get(1).get("fullName").asString()).isEqualTo("Điểu Văn Minh");
        assertThat(household.get("members").get(1).get("relationshipToHead").asString()).isEqualTo("SPOUSE");

        JsonNode minh = http().get().uri("/api/v1/residents/{id}", MINH).retrieve().body(JsonNode.class);
        assertThat(minh.get("householdNumber").asString()).isEqualTo("HK-25450-000001");
        assertThat(minh.get("residentSince").asString()).isEqualTo("2021-03-02");
        assertThat(minh.get("registrationNumber").isNull()).isTrue();

        assertThat(problem("/api/v1/residents/{id}", "07019800123x").get("errors").get(0).get("field").asString())
                .isEqualTo("personalIdNumber");
        assertThat(problem("/api/v1/households/{number}", "HK-25450-1").get("errors").get(0).get("field").asString())
                .isEqualTo("householdNumber");
        assertThat(status("/api/v1/residents/{id}", "001099999999")).isEqualTo(404);
        assertThat(status("/api/v1/households/{number}", "HK-99999-000001")).isEqualTo(404);
    }

    @Test
    void theDatabaseRefusesASecondMembershipWithoutQuotingTheIdNumber() {
        var minhAgain = new Member(new PersonalIdNumber(MINH), "Điểu Văn Minh", Relationship.OTHER, LocalDate.now(), null);

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                households.addMember(new HouseholdNumber("HK-25450-000003"), minhAgain, UUID.randomUUID())))
                .isInstanceOf(DuplicateKeyException.class)
                .satisfies(e -> assertThat(messagesOf(e)).contains("household_member").doesNotContain(MINH));
        assertThat(jdbc.sql("select household_number from household_member where personal_id_number = ?").param(MINH)
                .query(String.class).list()).containsExactly("HK-25450-000001");
    }

    @Test
    void householdsSharingAnAddressAreEachFoundThereAndReadWithTheirOwnMembersHeadFirst() {
        var commune = new vn.lienthong.residence.domain.CommuneCode("27001");
        transactions.executeWithoutResult(tx -> {
            households.save(new vn.lienthong.residence.domain.Household(new HouseholdNumber("HK-27001-000901"), commune,
                    null, "Tổ 9 ấp Chung", new PersonalIdNumber("075070900001"), List.of(
                    new Member(new PersonalIdNumber("075170900002"), "Lê Thị Hà", Relationship.SPOUSE, null, null),
                    new Member(new PersonalIdNumber("075070900001"), "Lê Văn Tư", Relationship.HEAD, null, null))));
            households.save(new vn.lienthong.residence.domain.Household(new HouseholdNumber("HK-27001-000902"), commune,
                    null, "Tổ 9 ấp Chung", new PersonalIdNumber("075070900003"), List.of(
                    new Member(new PersonalIdNumber("075070900003"), "Phan Văn Năm", Relationship.HEAD, null, null))));
        });

        var typed = AddressKey.of("tổ 9  ấp chung");
        var atAddress = Stream.of("HK-27001-000901", "HK-27001-000902")
                .map(number -> households.find(new HouseholdNumber(number)).orElseThrow()).toList();

        assertThat(households.anyAt(commune, typed)).isTrue();
        assertThat(atAddress).allSatisfy(household ->
                assertThat(households.isAt(household.number(), commune, typed)).as(household.number().value()).isTrue());
        assertThat(households.anyAt(commune, AddressKey.of("Tổ 10 ấp Chung"))).isFalse();
        assertThat(households.isAt(new HouseholdNumber("HK-27001-000901"), new vn.lienthong.residence.domain.CommuneCode("27002"),
                typed)).isFalse();
        assertThat(households.isAt(new HouseholdNumber("HK-25450-000001"), commune, typed)).isFalse();
        assertThat(atAddress.get(0).members()).extracting(member -> member.personalIdNumber().value())
                .containsExactly("075070900001", "075170900002");
        assertThat(atAddress.get(1).members()).extracting(member -> member.fullName()).containsExactly("Phan Văn Năm");
    }

    @Test
    void everyBuiltInHouseholdIsFoundByItsAddressAsTyped() {
        var stored = jdbc.sql("select household_number, address_line, address_key from household")
                .query((row, n) -> new StoredAddress(row.getString(1), row.getString(2), row.getString(3))).list();

        assertThat(stored).hasSizeGreaterThanOrEqualTo(5).allSatisfy(address ->
                assertThat(address.key()).as(address.household()).isEqualTo(AddressKey.of(address.line()).value()));
    }

    private static String messagesOf(Throwable exception) {
        var messages = new StringBuilder();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            messages.append(cause).append('\n');
        }
        return messages.toString();
    }

    private <T> T send(RegisterPermanentResidence command, Class<T> replyType) {
        kafka.send(ResidenceTopics.COMMANDS, command.dossierId().toString(), command);
        return kafka.awaitOne(ResidenceTopics.REPLIES, command.dossierId().toString(), replyType);
    }

    private JsonNode household(String number) {
        return http().get().uri("/api/v1/households/{number}", number).retrieve().body(JsonNode.class);
    }

    private int status(String uri, String variable) {
        return answer(uri, variable).status().value();
    }

    private JsonNode problem(String uri, String variable) {
        Answer answer = answer(uri, variable);
        assertThat(answer.status().value()).isEqualTo(400);
        return answer.body();
    }

    private Answer answer(String uri, String variable) {
        return http().get().uri(uri, variable)
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.bodyTo(JsonNode.class)));
    }

    private static RegisterPermanentResidence register(String child, String parent, String communeCode, String addressLine,
                                                       boolean consent) {
        return new RegisterPermanentResidence(UUID.randomUUID(), UUID.randomUUID(), child, "Điểu Thị Hoa",
                LocalDate.of(2026, 11, 2), "KS-25450-2026-000123", parent, communeCode, addressLine, consent);
    }

    private record StoredAddress(String household, String line, String key) {
    }
}
