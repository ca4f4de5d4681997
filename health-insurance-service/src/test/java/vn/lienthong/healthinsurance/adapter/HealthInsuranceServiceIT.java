package vn.lienthong.healthinsurance.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardRejected;
import vn.lienthong.healthinsurance.adapter.in.seed.CareFacilitySeedImport;
import vn.lienthong.messaging.testing.KafkaProbe;

/** The service as the orchestrator sees it: commands in over real Kafka, state in real PostgreSQL. */
class HealthInsuranceServiceIT extends RunningHealthInsurance {

    private static final LocalDate APPLIED = LocalDate.of(2026, 11, 22);

    @Test
    void aNewbornGetsATeCardValidTo72MonthsAndTheSameCardWhenAskedAgain() {
        String child = uniqueIdNumber();
        var command = issue(child, LocalDate.of(2026, 11, 2), "75-012");

        HealthInsuranceCardIssued card = send(command, HealthInsuranceCardIssued.class);

        assertThat(card.commandId()).isEqualTo(command.commandId());
        assertThat(card.cardNumber()).matches("TE175\\d{10}").endsWith(card.socialInsuranceNumber());
        assertThat(card.socialInsuranceNumber()).startsWith("75");
        assertThat(card.beneficiaryCode()).isEqualTo("TE");
        assertThat(card.benefitLevel()).isEqualTo(1);
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(card.validTo()).isEqualTo(LocalDate.of(2032, 11, 2));
        assertThat(card.initialCareFacilityName()).isEqualTo("Trung tâm Y tế khu vực Bù Gia Mập");

        var anotherDossierForTheSameChild = issue(child, LocalDate.of(2026, 11, 2), "75-001");
        HealthInsuranceCardIssued again = send(anotherDossierForTheSameChild, HealthInsuranceCardIssued.class);
        assertThat(again.cardNumber()).isEqualTo(card.cardNumber());

        JsonNode lookedUp = http().get().uri("/api/v1/health-insurance-cards/{id}", child).retrieve().body(JsonNode.class);
        assertThat(lookedUp.get("cardNumber").asString()).isEqualTo(card.cardNumber());
        assertThat(lookedUp.get("validTo").asString()).isEqualTo("2032-11-02");
    }

    @Test
    void aCommandDeliveredTwiceIssuesOneCardAndRepeatsTheReply() {
        var command = issue(uniqueIdNumber(), LocalDate.of(2026, 3, 15), "79-003");

        kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), command);
        kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), command);

        var replies = kafka.await(HealthInsuranceTopics.REPLIES, command.dossierId().toString(), 2);
        var first = kafka.decode(replies.get(0), HealthInsuranceCardIssued.class);
        var second = kafka.decode(replies.get(1), HealthInsuranceCardIssued.class);
        assertThat(second).isEqualTo(first);
        assertThat(first.validTo()).isEqualTo(LocalDate.of(2032, 9, 30));
    }

    @Test
    void aChildOfSixOrOlderAndAnUnknownFacilityAreRefusedWithTheFieldsToCorrect() {
        var command = issue(uniqueIdNumber(), LocalDate.of(2020, 11, 22), "99-999");

        HealthInsuranceCardRejected rejected = send(command, HealthInsuranceCardRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CHILD_NOT_UNDER_SIX", "child.dateOfBirth"),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN_CARE_FACILITY", "healthInsurance.initialCareFacilityCode"));
        assertThat(rejected.reasons().get(0).messageVi()).isNotBlank();
    }

    @Test
    void aCommandWithMalformedFieldsIsAnsweredWithARejectionNamingThem() {
        var command = new IssueChildHealthInsuranceCard(UUID.randomUUID(), UUID.randomUUID(), "12345", " ",
                Sex.FEMALE, LocalDate.of(2026, 11, 2), "75-012", "25450", APPLIED);

        HealthInsuranceCardRejected rejected = send(command, HealthInsuranceCardRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::field)
                .containsExactly("child.personalIdNumber", "child.fullName");
    }

    @Test
    void aMessageThatCannotBeReadIsDeadLettered() {
        String key = UUID.randomUUID().toString();

        kafka.sendRaw(HealthInsuranceTopics.COMMANDS, key, "IssueChildHealthInsuranceCard", "[]".getBytes());

        var dead = kafka.await(HealthInsuranceTopics.COMMANDS_DEAD_LETTER, key, 1).get(0);
        assertThat(KafkaProbe.header(dead, MessageHeaders.DEAD_LETTER_REASON)).contains("IssueChildHealthInsuranceCard");
    }

    @Test
    void theCardLookupNamesAMalformedIdNumberAndSaysWhenThereIsNoCard() {
        var malformed = http().get().uri("/api/v1/health-insurance-cards/{id}", "07532600012x")
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.bodyTo(JsonNode.class)));
        assertThat(malformed.status().value()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asString()).isEqualTo("personalIdNumber");

        var unknown = http().get().uri("/api/v1/health-insurance-cards/{id}", "001099999999")
                .exchange((request, response) -> new Answer(response.getStatusCode(), response.bodyTo(JsonNode.class)));
        assertThat(unknown.status().value()).isEqualTo(404);
    }

    @Test
    void seedFacilitiesAreLoadedAndABadRowIsNamedByLineAndColumn(@TempDir Path seed) throws IOException {
        Files.writeString(seed.resolve("care-facilities.csv"), """
                facility_code,facility_name,province_code
                79-777,"Trạm Y tế phường Bến Thành, Quận 1",079
                """);
        new CareFacilitySeedImport(seed, facilities).run(null);
        HealthInsuranceCardIssued card = send(issue(uniqueIdNumber(), LocalDate.of(2026, 11, 2), "79-777"),
                HealthInsuranceCardIssued.class);
        assertThat(card.initialCareFacilityName()).isEqualTo("Trạm Y tế phường Bến Thành, Quận 1");
        assertThat(card.cardNumber()).startsWith("TE179");

        Files.writeString(seed.resolve("care-facilities.csv"), """
                facility_code,facility_name,province_code
                79-778,Trạm Y tế A,079
                79-779,Trạm Y tế B,7
                """);
        assertThatThrownBy(() -> new CareFacilitySeedImport(seed, facilities).run(null))
                .hasMessage("care-facilities.csv line 3: column province_code: a province code has 2 or 3 digits");
    }

    private <T> T send(IssueChildHealthInsuranceCard command, Class<T> replyType) {
        kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), command);
        return kafka.awaitOne(HealthInsuranceTopics.REPLIES, command.dossierId().toString(), replyType);
    }

    private static IssueChildHealthInsuranceCard issue(String child, LocalDate dateOfBirth, String facility) {
        return new IssueChildHealthInsuranceCard(UUID.randomUUID(), UUID.randomUUID(), child, "Điểu Thị Hoa",
                Sex.FEMALE, dateOfBirth, facility, "25450", APPLIED);
    }
}
