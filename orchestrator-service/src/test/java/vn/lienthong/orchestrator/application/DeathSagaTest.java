package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.orchestrator.application.SagaScript.given;
import static vn.lienthong.orchestrator.application.SagaScript.givenDeath;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.ACTION_REQUIRED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.COMPLETED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.IN_PROGRESS;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.RECEIVED;
import static vn.lienthong.orchestrator.domain.dossier.Step.DEATH_RECORD;
import static vn.lienthong.orchestrator.domain.dossier.Step.DEATH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.dossier.Step.DECEASED_CHECK;
import static vn.lienthong.orchestrator.domain.dossier.Step.FUNERAL_ALLOWANCE;
import static vn.lienthong.orchestrator.domain.dossier.Step.ID_NUMBER;
import static vn.lienthong.orchestrator.domain.dossier.Step.RESIDENCE_REMOVAL;
import static vn.lienthong.orchestrator.fixtures.DeathForms.aTypicalDeath;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.domain.death.DeathResults.DeathRecorded;
import vn.lienthong.orchestrator.domain.death.DeathResults.DeathRegistered;
import vn.lienthong.orchestrator.domain.death.DeathResults.DeceasedChecked;
import vn.lienthong.orchestrator.domain.death.DeathResults.FuneralAllowanceDecided;
import vn.lienthong.orchestrator.domain.death.DeathResults.ResidenceRemoved;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck.RegisteredPerson;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.procedure.DeathProcedure;

/** The death procedure on the same engine: check → registration → (removal ∥ allowance ∥ record) → done. */
class DeathSagaTest {

    @Test
    void aQualifyingDeathIsRegisteredRemovedPaidAndRecorded() {
        var script = givenDeath(aTypicalDeath().build())
                .expectStatus(RECEIVED)
                .expectStep(DECEASED_CHECK, StepStatus.SCHEDULED);
        assertThat(script.dossier().procedure()).isSameAs(DeathProcedure.PROCEDURE);
        assertThat(script.dossier().steps()).extracting(StepState::step)
                .as("only the death procedure's steps").containsExactlyInAnyOrder(DECEASED_CHECK, DEATH_REGISTRATION,
                        RESIDENCE_REMOVAL, FUNERAL_ALLOWANCE, DEATH_RECORD);

        script.whenDeathCallsRun()
                .expectStep(DECEASED_CHECK, StepStatus.COMPLETED)
                .expectStep(DEATH_REGISTRATION, StepStatus.IN_PROGRESS)
                .expectCommandsSent(DEATH_REGISTRATION, 1)
                .expectCommandsSent(RESIDENCE_REMOVAL, 0);

        script.whenDeathRegistered()
                .expectStep(RESIDENCE_REMOVAL, StepStatus.IN_PROGRESS)
                .expectStep(FUNERAL_ALLOWANCE, StepStatus.IN_PROGRESS)
                .expectStep(DEATH_RECORD, StepStatus.SCHEDULED)
                .whenDeathCallsRun()
                .expectStep(DEATH_RECORD, StepStatus.COMPLETED);
        assertThat(script.deathRecordRequests()).singleElement().satisfies(request -> {
            assertThat(request.personalIdNumber()).isEqualTo("070060001122");
            assertThat(request.deathExtractNumber()).as("the record carries the extract").isEqualTo("KT-25450-2026-000017");
        });

        script.whenResidenceRemoved(true, 2).expectStatus(IN_PROGRESS)
                .whenFuneralAllowanceGranted().expectStatus(COMPLETED);
        var results = script.dossier().results();
        assertThat(results.of(DECEASED_CHECK, DeceasedChecked.class).confirmedByOfficer()).isFalse();
        assertThat(results.of(DEATH_REGISTRATION, DeathRegistered.class).deathExtractNumber())
                .isEqualTo("KT-25450-2026-000017");
        assertThat(results.of(RESIDENCE_REMOVAL, ResidenceRemoved.class).householdNeedsNewHead())
                .as("the household the deceased headed needs a new head").isTrue();
        assertThat(results.of(FUNERAL_ALLOWANCE, FuneralAllowanceDecided.class).amountVnd()).isEqualTo(23_400_000L);
        assertThat(results.of(DEATH_RECORD, DeathRecorded.class).newlyRecorded()).isTrue();
        assertThat(script.history()).extracting(h -> h.event()).last().isEqualTo("COMPLETED");
    }

    @Test
    void aRefusedFuneralAllowanceEndsThatStepWithItsReasonNotTheDossier() {
        var script = givenDeath(aTypicalDeath().build()).whenDeathCallsRun().whenDeathRegistered().whenDeathCallsRun()
                .whenNoPermanentResidenceToRemove()
                .whenFuneralAllowanceRefused()
                .expectStep(FUNERAL_ALLOWANCE, StepStatus.COMPLETED)
                .expectStatus(COMPLETED);
        var allowance = script.dossier().results().of(FUNERAL_ALLOWANCE, FuneralAllowanceDecided.class);
        assertThat(allowance.decision()).isEqualTo(FuneralAllowanceDecided.Decision.REFUSED);
        assertThat(allowance.refusalCode()).isEqualTo("NOT_INSURED");
        assertThat(allowance.messageEn()).isEqualTo("The deceased was not insured.");
        assertThat(script.dossier().results().of(RESIDENCE_REMOVAL, ResidenceRemoved.class).outcome())
                .as("no permanent residence completes the removal step")
                .isEqualTo(ResidenceRemoved.Outcome.NO_PERMANENT_RESIDENCE);
    }

    @Test
    void aDossierThatDoesNotAskForTheAllowanceHasNoSuchStepAndCompletesWithoutIt() {
        var script = givenDeath(aTypicalDeath().withoutSocialInsurance().build());
        assertThat(script.dossier().steps()).extracting(StepState::step).doesNotContain(FUNERAL_ALLOWANCE);

        script.whenDeathCallsRun().whenDeathRegistered()
                .expectCommandsSent(FUNERAL_ALLOWANCE, 0)
                .whenDeathCallsRun()
                .whenResidenceRemoved(false, 3)
                .expectStatus(COMPLETED);
    }

    @Test
    void aDeceasedWhoseDataDifferIsReviewedByAnOfficerBeforeAnyRegistration() {
        var form = aTypicalDeath().build();
        var registered = new RegisteredPerson("070060001122", "Điểu Văn Rơi", LocalDate.of(1960, 5, 14));
        var script = givenDeath(form, registered)
                .whenDeathCallsRun()
                .expectStatus(ACTION_REQUIRED)
                .expectStep(DECEASED_CHECK, StepStatus.ACTION_REQUIRED)
                .expectCommandsSent(DEATH_REGISTRATION, 0);
        RequiredAction review = script.step(DECEASED_CHECK).requiredAction();
        assertThat(review.kind()).isEqualTo(RequiredAction.Kind.REVIEW);
        assertThat(review.reasons()).extracting(Reason::code, Reason::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DECEASED_DATA_MISMATCH", "deceased.fullName"));

        script.whenOfficerConfirmsParentData()
                .whenDeathCallsRun()
                .expectStep(DECEASED_CHECK, StepStatus.COMPLETED)
                .expectCommandsSent(DEATH_REGISTRATION, 1);
        assertThat(script.dossier().results().of(DECEASED_CHECK, DeceasedChecked.class).confirmedByOfficer()).isTrue();
    }

    @Test
    void aPersonAlreadyRecordedDeadGoesToAnOfficerNotToASecondRegistration() {
        var registered = new RegisteredPerson("070060001122", "Điểu Văn Brơi", LocalDate.of(1960, 5, 14), true,
                LocalDate.of(2026, 10, 1));
        var script = givenDeath(aTypicalDeath().build(), registered).whenDeathCallsRun()
                .expectStep(DECEASED_CHECK, StepStatus.ACTION_REQUIRED)
                .expectCommandsSent(DEATH_REGISTRATION, 0);
        assertThat(script.step(DECEASED_CHECK).requiredAction().concerns("DECEASED_ALREADY_RECORDED")).isTrue();
    }

    @Test
    void aNumberNobodyHasIsForTheApplicantToCorrect() {
        var script = givenDeath(aTypicalDeath().build(), new RegisteredPerson("070060009999", "Ai Đó",
                LocalDate.of(1960, 1, 1))).whenDeathCallsRun()
                .expectStep(DECEASED_CHECK, StepStatus.ACTION_REQUIRED);
        RequiredAction action = script.step(DECEASED_CHECK).requiredAction();
        assertThat(action.kind()).isEqualTo(RequiredAction.Kind.SUPPLEMENT);
        assertThat(action.concerns("CITIZEN_NOT_FOUND")).isTrue();
    }

    @Test
    void aFailedRecordOfTheDeathIsRetriedWithTheSameRequest() {
        var script = givenDeath(aTypicalDeath().build()).whenDeathCallsRun().whenDeathRegistered()
                .populationDatabaseWillAnswerTheDeathRecord(new CallOutcome.TransientFailure(
                        new Reason("TIMEOUT", null, "vi", "en")))
                .whenDeathCallsRun()
                .expectStep(DEATH_RECORD, StepStatus.WAITING_RETRY)
                .whenDeathCallsRun();
        assertThat(script.deathRecordRequests()).as("not due before its pause").hasSize(1);

        script.whenTimePasses(Duration.ofSeconds(5)).whenDeathCallsRun().expectStep(DEATH_RECORD, StepStatus.COMPLETED);
        assertThat(script.deathRecordRequests()).hasSize(2);
        assertThat(script.deathRecordRequests().get(1).requestId()).as("the same request, so recorded once")
                .isEqualTo(script.deathRecordRequests().get(0).requestId());
    }

    @Test
    void anAgencyPauseHoldsTheDeathProcedureStepsAsWellAsTheBirthOnes() {
        var script = givenDeath(aTypicalDeath().build())
                .whenOpsPause(Agency.POPULATION_DATABASE)
                .whenDeathCallsRun()
                .expectStep(DECEASED_CHECK, StepStatus.SCHEDULED)
                .whenOpsResume(Agency.POPULATION_DATABASE)
                .whenDeathCallsRun()
                .expectStep(DECEASED_CHECK, StepStatus.COMPLETED)
                .whenOpsPause(Agency.RESIDENCE)
                .whenDeathRegistered()
                .expectStep(RESIDENCE_REMOVAL, StepStatus.SCHEDULED)
                .expectStep(FUNERAL_ALLOWANCE, StepStatus.IN_PROGRESS)
                .expectCommandsSent(RESIDENCE_REMOVAL, 0)
                .whenOpsResume(Agency.RESIDENCE)
                .expectStep(RESIDENCE_REMOVAL, StepStatus.IN_PROGRESS)
                .expectCommandsSent(RESIDENCE_REMOVAL, 1);
        assertThat(script.history()).extracting(h -> h.event()).contains("STEP_HELD");
    }

    @Test
    void opsReplayARefusedRemovalAsANewRequest() {
        var script = givenDeath(aTypicalDeath().build()).whenDeathCallsRun().whenDeathRegistered()
                .whenRejected(RESIDENCE_REMOVAL, "CANNOT_PROCESS", null)
                .expectStep(RESIDENCE_REMOVAL, StepStatus.ACTION_REQUIRED)
                .whenOpsReplay(RESIDENCE_REMOVAL)
                .expectStep(RESIDENCE_REMOVAL, StepStatus.IN_PROGRESS)
                .expectCommandsSent(RESIDENCE_REMOVAL, 2);
        assertThat(script.commandsSent(RESIDENCE_REMOVAL).get(1)).isNotEqualTo(script.commandsSent(RESIDENCE_REMOVAL).get(0));
    }

    @Test
    void aBirthDossierNamingADeadFatherAsAParentGoesToAnOfficer() {
        var form = aTypicalDossier().build();
        var script = given(form).populationDatabaseRecordsDeceased(form.father(), LocalDate.of(2026, 3, 1))
                .whenAnIdNumberAttemptChecksTheParents()
                .expectStep(ID_NUMBER, StepStatus.ACTION_REQUIRED);
        RequiredAction review = script.step(ID_NUMBER).requiredAction();
        assertThat(review.kind()).isEqualTo(RequiredAction.Kind.REVIEW);
        assertThat(review.concerns("PARENT_DECEASED")).isTrue();
        assertThat(script.idNumberRequests()).as("no number asked for").isEmpty();
    }
}
