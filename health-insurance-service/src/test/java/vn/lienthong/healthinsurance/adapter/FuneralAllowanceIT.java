package vn.lienthong.healthinsurance.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.healthinsurance.FuneralBeneficiary;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.PaymentInstruction;
import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRefused;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRejected;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.deploy.population.Death;
import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;
import vn.lienthong.healthinsurance.adapter.in.seed.SocialInsuranceSeedImport;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcInsuranceRecords;
import vn.lienthong.healthinsurance.domain.InsuranceRecord;
import vn.lienthong.healthinsurance.domain.MonthlyBenefit;
import vn.lienthong.healthinsurance.domain.OtherScheme;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.messaging.testing.KafkaProbe;

/**
 * Funeral allowances as the orchestrator asks for them: {@code AssessFuneralAllowance} on the social
 * insurance's command topic beside the children's cards, answered on its reply topic, decided by the
 * configured rules and reference levels. Each test's deceased has a record of their own.
 */
class FuneralAllowanceIT extends RunningHealthInsurance {

    private static final LocalDate DIED = LocalDate.of(2026, 11, 18);
    private static final LocalDate FILED = LocalDate.of(2026, 11, 22);

    @Autowired
    JdbcInsuranceRecords records;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theExamplesPensionerGetsTwentyFiveMillionThreeHundredThousandDongAtTheLevelOfJuly2026() {
        var command = claim("070060001122", DIED, FILED);

        FuneralAllowanceGranted granted = send(command, FuneralAllowanceGranted.class);

        assertThat(granted.commandId()).isEqualTo(command.commandId());
        assertThat(granted.amountVnd()).isEqualTo(25_300_000L);
        assertThat(granted.referenceLevelVnd()).isEqualTo(2_530_000L);
        assertThat(granted.referenceLevelEffectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(granted.multiple()).isEqualTo(10);
        assertThat(granted.qualification()).isEqualTo("PENSIONER");
        assertThat(granted.legalBasis()).isEqualTo("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 85");
        assertThat(granted.beneficiary()).isEqualTo(command.beneficiary());
        assertThat(granted.paymentMethod()).isEqualTo("BANK_ACCOUNT");
        assertThat(granted.lateClaim()).isFalse();
        assertThat(granted.survivorsBenefits().monthlyMayBeClaimed()).isTrue();
        assertThat(granted.survivorsBenefits().neededDocuments()).contains("REPRESENTATIVE_CONFIRMATION");
    }

    @Test
    void aCommandDeliveredTwiceGrantsOnceAndAnotherDossierForTheSameDeathIsRefusedAsPaid() {
        String person = anInsured(20, 0, null, null);
        var command = claim(person, DIED, FILED);

        kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), command);
        kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), command);
        var replies = kafka.await(HealthInsuranceTopics.REPLIES, command.dossierId().toString(), 2);
        var first = kafka.decode(replies.get(0), FuneralAllowanceGranted.class);
        assertThat(kafka.decode(replies.get(1), FuneralAllowanceGranted.class)).isEqualTo(first);
        assertThat(first.qualification()).isEqualTo("COMPULSORY_12_MONTHS");

        var sameDossierAgain = new AssessFuneralAllowance(UUID.randomUUID(), command.dossierId(), person,
                command.fullName(), command.dateOfBirth(), DIED, "ILLNESS", false, command.deathExtractNumber(),
                command.beneficiary(), command.payment(), true, null, FILED);
        kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), sameDossierAgain);
        var again = kafka.decode(kafka.await(HealthInsuranceTopics.REPLIES, command.dossierId().toString(), 3).get(2),
                FuneralAllowanceGranted.class);
        assertThat(again.commandId()).isEqualTo(sameDossierAgain.commandId());
        assertThat(again.amountVnd()).isEqualTo(first.amountVnd());
        assertThat(again.decidedOn()).isEqualTo(first.decidedOn());

        var refused = send(claim(person, DIED, FILED), FuneralAllowanceRefused.class);
        assertThat(refused.code()).isEqualTo("ALREADY_PAID");
        assertThat(jdbc.sql("select count(*) from funeral_allowance where deceased_personal_id_number = ?")
                .param(person).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void whoDoesNotQualifyIsRefusedWithTheReasonAndTheSchemeThatPays() {
        var notInsured = send(claim(uniqueIdNumber(), DIED, FILED), FuneralAllowanceRefused.class);
        var tooFewMonths = send(claim(anInsured(11, 0, null, null), DIED, FILED), FuneralAllowanceRefused.class);
        var socialAllowance = send(claim(anInsured(0, 0, null, OtherScheme.SOCIAL_PROTECTION), DIED, FILED),
                FuneralAllowanceRefused.class);

        assertThat(notInsured.code()).isEqualTo("NOT_INSURED");
        assertThat(notInsured.otherScheme()).isNull();
        assertThat(notInsured.survivorsBenefits().oneTimeMayBeClaimed()).isFalse();
        assertThat(tooFewMonths.code()).isEqualTo("INSUFFICIENT_CONTRIBUTIONS");
        assertThat(tooFewMonths.survivorsBenefits().oneTimeMayBeClaimed()).isTrue();
        assertThat(socialAllowance.code()).isEqualTo("PAID_BY_OTHER_SCHEME");
        assertThat(socialAllowance.otherScheme()).isEqualTo("SOCIAL_PROTECTION");
        assertThat(socialAllowance.legalBasis()).isEqualTo("Nghị định 20/2021/NĐ-CP, Điều 11");
        assertThat(socialAllowance.messageVi()).isNotBlank();
        assertThat(socialAllowance.decidedOn()).isNotNull();
    }

    @Test
    void aLateClaimWithoutExplanationIsSentBackAndOneWithItIsGrantedFlaggedLate() {
        String person = anInsured(0, 72, null, null);
        var late = claim(person, LocalDate.of(2026, 7, 1), FILED);

        var rejected = send(late, FuneralAllowanceRejected.class);
        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple("LATE_CLAIM_EXPLANATION_REQUIRED", "socialInsurance.lateClaimExplanation"));

        var explained = new AssessFuneralAllowance(UUID.randomUUID(), late.dossierId(), person, late.fullName(),
                late.dateOfBirth(), late.dateOfDeath(), "ILLNESS", false, late.deathExtractNumber(), late.beneficiary(),
                late.payment(), false, "Gia đình ở xa, không biết thủ tục.", FILED);
        kafka.send(HealthInsuranceTopics.COMMANDS, explained.dossierId().toString(), explained);
        var granted = kafka.decode(kafka.await(HealthInsuranceTopics.REPLIES, explained.dossierId().toString(), 2)
                .get(1), FuneralAllowanceGranted.class);
        assertThat(granted.lateClaim()).isTrue();
        assertThat(granted.qualification()).isEqualTo("VOLUNTARY_60_MONTHS");
        assertThat(granted.amountVnd()).isEqualTo(25_300_000L);
    }

    @Test
    void aClaimWithMalformedFieldsIsAnsweredWithARejectionNamingThem() {
        var command = new AssessFuneralAllowance(UUID.randomUUID(), UUID.randomUUID(), "0700600011", "Điểu Văn Brơi",
                null, DIED, "ILLNESS", false, "KT-25450-2026-000017", new FuneralBeneficiary("Điểu Văn Tuấn", null, "CHILD"),
                new PaymentInstruction("BANK_ACCOUNT", "VBA", null, "Điểu Văn Tuấn"), true, null, FILED);

        var rejected = send(command, FuneralAllowanceRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::field).containsExactly("deceased.personalIdNumber",
                "socialInsurance.funeralAllowance.payment.accountNumber");
    }

    @Test
    void cardsAndAllowancesShareTheTopicAndACommandOfAnotherAgencyIsDeadLettered() {
        var misrouted = new RemovePermanentResidence(UUID.randomUUID(), UUID.randomUUID(), "070060001122", DIED,
                "KT-25450-2026-000017", "25450", "Thôn 3");
        var withoutId = new AssessFuneralAllowance(null, UUID.randomUUID(), null, null, null, null, null, false, null,
                null, null, false, null, null);

        kafka.send(HealthInsuranceTopics.COMMANDS, misrouted.dossierId().toString(), misrouted);
        kafka.send(HealthInsuranceTopics.COMMANDS, withoutId.dossierId().toString(), withoutId);

        var dead = kafka.await(HealthInsuranceTopics.COMMANDS_DEAD_LETTER, misrouted.dossierId().toString(), 1).get(0);
        assertThat(KafkaProbe.header(dead, MessageHeaders.DEAD_LETTER_REASON)).contains("RemovePermanentResidence");
        var anonymous = kafka.await(HealthInsuranceTopics.COMMANDS_DEAD_LETTER, withoutId.dossierId().toString(), 1);
        assertThat(KafkaProbe.header(anonymous.get(0), MessageHeaders.DEAD_LETTER_REASON)).contains("commandId");
    }

    @Test
    void seedRecordsAreLoadedAndABadRowIsNamedByLineAndColumnBeforeAnythingIsSaved(@TempDir Path seed)
            throws IOException {
        String pensioner = uniqueIdNumber();
        String meritorious = uniqueIdNumber();
        Files.writeString(seed.resolve("social-insurance.csv"), """
                personal_id_number,compulsory_months,voluntary_months,monthly_benefit,monthly_benefit_since,other_scheme
                %s,300,0,PENSION,2019-03-01,
                %s,0,0,,,MERITORIOUS_PERSON
                """.formatted(pensioner, meritorious));
        new SocialInsuranceSeedImport(seed, records, transactions).run(null);

        assertThat(records.find(new PersonalIdNumber(pensioner))).contains(new InsuranceRecord(
                new PersonalIdNumber(pensioner), 300, 0, MonthlyBenefit.PENSION, LocalDate.of(2019, 3, 1), null));
        assertThat(send(claim(meritorious, DIED, FILED), FuneralAllowanceRefused.class).otherScheme())
                .isEqualTo("MERITORIOUS_PERSON");

        String unsaved = uniqueIdNumber();
        Files.writeString(seed.resolve("social-insurance.csv"), """
                personal_id_number,compulsory_months,voluntary_months,monthly_benefit,monthly_benefit_since,other_scheme
                %s,12,0,,,
                %s,-3,0,,,
                """.formatted(unsaved, uniqueIdNumber()));
        assertThatThrownBy(() -> new SocialInsuranceSeedImport(seed, records, transactions).run(null))
                .hasMessage("social-insurance.csv line 3: column compulsory_months cannot be read as compulsory months");
        assertThat(records.find(new PersonalIdNumber(unsaved))).isEmpty();
    }

    /**
     * The synthetic population's deaths, their records loaded from its seed file as the local run
     * loads them: each claim is decided as the population expects, granted or refused for its reason.
     */
    @Test
    void theSyntheticDeathsAreDecidedAsThePopulationExpects(@TempDir Path seed) {
        Population population = SyntheticPopulation.generate(31, 0, 60, FILED);
        SeedFiles.write(population, seed);
        new SocialInsuranceSeedImport(seed, records, transactions).run(null);

        for (Death death : population.deaths()) {
            var command = new AssessFuneralAllowance(UUID.randomUUID(), UUID.randomUUID(),
                    death.deceased().personalIdNumber(), death.deceased().fullName(), death.declaredDateOfBirth(),
                    death.dateOfDeath(), death.causeCategory(), false, "KT-" + death.commune().code() + "-2026-000001",
                    new FuneralBeneficiary(death.declarant().fullName(), death.declarant().personalIdNumber(),
                            death.declarantRelationship()),
                    new PaymentInstruction(death.paymentMethod(), death.bankAccountNumber() == null ? null : "VBA",
                            death.bankAccountNumber(), death.bankAccountNumber() == null ? null : death.declarant().fullName()),
                    death.survivorsBenefitsRequested(), null, death.submittedAt().toLocalDate());
            kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), command);
            var reply = kafka.await(HealthInsuranceTopics.REPLIES, command.dossierId().toString(), 1).get(0);
            String outcome = "FuneralAllowanceGranted".equals(KafkaProbe.header(reply, MessageHeaders.MESSAGE_TYPE))
                    ? "GRANTED" : kafka.decode(reply, FuneralAllowanceRefused.class).code();
            assertThat(outcome).as("death %d", death.serial()).isEqualTo(death.expectedAllowance().name());
        }
    }

    /** A person with this record, whom no other test knows. */
    private String anInsured(int compulsory, int voluntary, MonthlyBenefit benefit, OtherScheme other) {
        String person = uniqueIdNumber();
        records.save(new InsuranceRecord(new PersonalIdNumber(person), compulsory, voluntary, benefit,
                benefit == null ? null : LocalDate.of(2020, 1, 1), other));
        return person;
    }

    private static AssessFuneralAllowance claim(String person, LocalDate died, LocalDate filed) {
        return new AssessFuneralAllowance(UUID.randomUUID(), UUID.randomUUID(), person, "Điểu Văn Brơi",
                LocalDate.of(1960, 5, 14), died, "ILLNESS", false, "KT-25450-2026-000017",
                new FuneralBeneficiary("Điểu Văn Tuấn", "070097005566", "CHILD"),
                new PaymentInstruction("BANK_ACCOUNT", "VBA", "5400205123456", "Điểu Văn Tuấn"), true, null, filed);
    }

    private <T> T send(AssessFuneralAllowance command, Class<T> replyType) {
        kafka.send(HealthInsuranceTopics.COMMANDS, command.dossierId().toString(), command);
        return kafka.awaitOne(HealthInsuranceTopics.REPLIES, command.dossierId().toString(), replyType);
    }
}
