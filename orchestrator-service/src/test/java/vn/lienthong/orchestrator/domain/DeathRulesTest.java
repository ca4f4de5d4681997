package vn.lienthong.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.orchestrator.fixtures.DeathForms.aTypicalDeath;
import static vn.lienthong.orchestrator.fixtures.DossierForms.TODAY;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.domain.death.DeathForm;
import vn.lienthong.orchestrator.domain.death.DeathRules;
import vn.lienthong.orchestrator.domain.form.FieldProblem;

/** What a death dossier must satisfy at intake, each problem naming its field. */
class DeathRulesTest {

    private static List<FieldProblem> check(DeathForm form) {
        return DeathRules.check(form, TODAY);
    }

    @Test
    void thePortalsExampleDeathIsAccepted() {
        assertThat(check(aTypicalDeath().build())).isEmpty();
    }

    @Test
    void aDeathIsNeitherInTheFutureNorBeforeTheBirthNorAfterTheSubmission() {
        assertThat(check(aTypicalDeath().diedOn(TODAY.plusDays(2)).build()))
                .extracting(FieldProblem::field, FieldProblem::code).contains(tuple("death.dateOfDeath", "IN_THE_FUTURE"));
        assertThat(check(aTypicalDeath().diedOn(LocalDate.of(1950, 1, 1)).build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .contains(tuple("death.dateOfDeath", "DEATH_BEFORE_BIRTH"));
        assertThat(check(aTypicalDeath().diedOn(TODAY).submittedOn(TODAY.minusDays(1)).build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .contains(tuple("death.dateOfDeath", "DEATH_AFTER_SUBMISSION"));
    }

    @Test
    void theDeathNoticeOrWhatReplacesItIsRequiredAndMustFitThePlace() {
        assertThat(check(aTypicalDeath().withProof(null, null).build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("death.proof.kind", "DEATH_PROOF_MISSING"));
        assertThat(check(aTypicalDeath().withProof("A_NOTE_FROM_A_NEIGHBOUR", TODAY).build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("death.proof.kind", "INVALID_VALUE"));
        assertThat(check(aTypicalDeath().diedAtHome().withProof("COMMUNE_DEATH_NOTICE", LocalDate.of(2026, 11, 19))
                .build())).isEmpty();
        assertThat(check(aTypicalDeath().withProof("COMMUNE_DEATH_NOTICE", LocalDate.of(2026, 11, 17)).build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("death.proof.issuedOn", "DEATH_PROOF_INVALID"));
    }

    @Test
    void theDeclarantSaysTheirRelationshipAndAnAuthorizedOneShowsTheAuthorization() {
        assertThat(check(aTypicalDeath().declaredBy("NEIGHBOUR", null).build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("declarant.relationship", "INVALID_VALUE"));
        assertThat(check(aTypicalDeath().declaredBy("AUTHORIZED", "UQ-75-2026-12").build())).isEmpty();
    }

    @Test
    void theAllowancesBeneficiaryAndPaymentAreChecked() {
        assertThat(check(aTypicalDeath().paidTo("FRIEND").build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("socialInsurance.funeralAllowance.beneficiary.relationship", "INVALID_VALUE"));
        assertThat(check(aTypicalDeath().diedOn(LocalDate.of(2026, 8, 1)).diedAtHome()
                .withProof("COMMUNE_DEATH_NOTICE", LocalDate.of(2026, 8, 1))
                .explainingALateClaim("Gia đình ở xa, không biết thủ tục.").build())).isEmpty();
    }

    @Test
    void theCommuneOfTheLastResidenceRegistersTheDeath() {
        assertThat(check(aTypicalDeath().livedIn("25453").build()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("registrationCommuneCode", "NOT_COMPETENT_COMMUNE"));
    }
}
