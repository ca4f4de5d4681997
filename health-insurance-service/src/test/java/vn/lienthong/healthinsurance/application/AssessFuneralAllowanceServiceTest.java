package vn.lienthong.healthinsurance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.healthinsurance.domain.FuneralClaims.aClaim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.healthinsurance.application.port.in.AssessFuneralAllowanceCommand;
import vn.lienthong.healthinsurance.application.port.out.FuneralAllowances;
import vn.lienthong.healthinsurance.domain.Beneficiary;
import vn.lienthong.healthinsurance.domain.FuneralAllowance;
import vn.lienthong.healthinsurance.domain.FuneralAllowanceDecision;
import vn.lienthong.healthinsurance.domain.FuneralAllowancePolicy;
import vn.lienthong.healthinsurance.domain.FuneralClaim;
import vn.lienthong.healthinsurance.domain.FuneralClaims;
import vn.lienthong.healthinsurance.domain.InvalidApplicationException;
import vn.lienthong.healthinsurance.domain.Payment;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.healthinsurance.domain.Refusal;

/** Given the example's pensioner, expect one allowance per death whichever dossier asks. */
class AssessFuneralAllowanceServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Map<PersonalIdNumber, FuneralAllowance> granted = new HashMap<>();
    private final AssessFuneralAllowanceService service = new AssessFuneralAllowanceService(
            person -> person.equals(FuneralClaims.BROI) ? Optional.of(FuneralClaims.pensioner()) : Optional.empty(),
            new FuneralAllowances() {
                @Override
                public Optional<FuneralAllowance> findByDeceased(PersonalIdNumber deceased) {
                    return Optional.ofNullable(granted.get(deceased));
                }

                @Override
                public void add(FuneralAllowance allowance) {
                    if (granted.putIfAbsent(allowance.claim().deceased(), allowance) != null) {
                        throw new IllegalStateException("duplicate key");
                    }
                }
            },
            new FuneralAllowancePolicy(FuneralClaims.RULES), CLOCK);

    @Test
    void theSameDossierAskingAgainGetsItsAllowanceBackAndAnotherDossierIsRefusedAsPaid() {
        var first = (FuneralAllowanceDecision.Granted) service.assess(command(aClaim().claim()));

        var again = service.assess(command(aClaim().claim()));
        var otherDossier = service.assess(command(aClaim().inDossier(UUID.randomUUID()).claim()));

        assertThat(first.newlyGranted()).isTrue();
        assertThat(again).isEqualTo(new FuneralAllowanceDecision.Granted(first.allowance(), false));
        assertThat(otherDossier).isInstanceOfSatisfying(FuneralAllowanceDecision.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("ALREADY_PAID");
            assertThat(refused.messageVi()).contains("chỉ hưởng một lần");
            assertThat(refused.survivors()).isEqualTo(first.allowance().survivors());
        });
        assertThat(granted).hasSize(1);
    }

    @Test
    void aRefusalRecordsNothingSoTheSameClaimIsDecidedAlikeAgain() {
        var someoneElse = aClaim().of(new PersonalIdNumber("079150123456")).claim();

        var first = service.assess(command(someoneElse));
        var again = service.assess(command(someoneElse));

        assertThat(first).isEqualTo(again).isInstanceOf(FuneralAllowanceDecision.Refused.class);
        assertThat(granted).isEmpty();
    }

    @Test
    void everyMissingOrMalformedFieldIsNamedAtOnce() {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidApplicationException.class,
                () -> new AssessFuneralAllowanceCommand(null, "0700600011", " ", null, "HEART", false, null,
                        new Beneficiary("Tuấn 2", "123", "NEIGHBOUR"), new Payment("BANK_ACCOUNT", null, "", null),
                        true, null, null));

        assertThat(thrown.problems()).extracting(Refusal::field).containsExactly("dossierId",
                "deceased.personalIdNumber", "deceased.fullName", "death.dateOfDeath", "death.causeCategory",
                "deathExtractNumber", "socialInsurance.funeralAllowance.beneficiary.fullName",
                "socialInsurance.funeralAllowance.beneficiary.personalIdNumber",
                "socialInsurance.funeralAllowance.beneficiary.relationship",
                "socialInsurance.funeralAllowance.payment.bankCode",
                "socialInsurance.funeralAllowance.payment.accountNumber",
                "socialInsurance.funeralAllowance.payment.accountHolder", "submittedAt");
        assertThat(new AssessFuneralAllowanceCommand(UUID.randomUUID(), "070060001122", "Điểu Văn Brơi",
                LocalDate.of(2026, 11, 18), "OLD_AGE", false, "KT-25450-2026-000017",
                new Beneficiary("Điểu Văn Tuấn", null, "CHILD"), new Payment("SOCIAL_INSURANCE_AGENCY", null, null, null),
                false, null, LocalDate.of(2026, 11, 22)).claim().payment().toBankAccount()).isFalse();
    }

    private static AssessFuneralAllowanceCommand command(FuneralClaim claim) {
        return new AssessFuneralAllowanceCommand(claim.dossierId(), claim.deceased().value(), claim.fullName(),
                claim.dateOfDeath(), claim.causeCategory(), claim.declaredDeadByCourt(), claim.deathExtractNumber(),
                claim.beneficiary(), claim.payment(), claim.survivorsBenefitsRequested(), claim.lateClaimExplanation(),
                claim.applicationDate());
    }
}
