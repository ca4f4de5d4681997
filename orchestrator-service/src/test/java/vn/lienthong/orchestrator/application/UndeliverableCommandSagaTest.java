package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.orchestrator.application.SagaScript.given;
import static vn.lienthong.orchestrator.domain.dossier.Step.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.dossier.Step.RESIDENCE;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.domain.dossier.DossierStateException;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/** Requests that cannot be delivered or processed wait for ops, never for the applicant. */
class UndeliverableCommandSagaTest {

    @Test
    void aParkedCommandFailsItsStepForOpsAndAReplayedRequestGoesOn() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAssigned("075326000123")
                .whenCommandParked(BIRTH_REGISTRATION)
                .expectStep(BIRTH_REGISTRATION, StepStatus.ACTION_REQUIRED)
                .expectStatus(DossierStatus.ACTION_REQUIRED);
        RequiredAction action = script.step(BIRTH_REGISTRATION).requiredAction();
        assertThat(action.kind()).isEqualTo(RequiredAction.Kind.OPS);
        assertThat(action.dueDate()).isNull();
        assertThat(script.step(BIRTH_REGISTRATION).lastError().code()).isEqualTo("COMMAND_NOT_DELIVERABLE");

        script.whenOpsReplay(BIRTH_REGISTRATION)
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS)
                .expectCommandsSent(BIRTH_REGISTRATION, 2)
                .whenBirthRegistered()
                .expectStep(BIRTH_REGISTRATION, StepStatus.COMPLETED);
    }

    @Test
    void theAnswerToARedrivenCommandStillCompletesItsStep() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAssigned("075326000123")
                .whenCommandParked(BIRTH_REGISTRATION)
                .whenBirthRegistered()
                .expectStep(BIRTH_REGISTRATION, StepStatus.COMPLETED)
                .expectStep(RESIDENCE, StepStatus.IN_PROGRESS);
        assertThat(script.dossier().requiredActions()).isEmpty();
    }

    @Test
    void aDeadLetteredCommandFailsItsStepUnlessTheStepWaitsForANewerOne() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAssigned("075326000123")
                .whenCommandDeadLettered(BIRTH_REGISTRATION, UUID.randomUUID())
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);

        script.whenCommandDeadLettered(BIRTH_REGISTRATION, script.lastCommand(BIRTH_REGISTRATION))
                .expectStep(BIRTH_REGISTRATION, StepStatus.ACTION_REQUIRED);
        assertThat(script.step(BIRTH_REGISTRATION).lastError().code()).isEqualTo("COMMAND_DEAD_LETTERED");
        assertThat(script.step(BIRTH_REGISTRATION).lastError().messageEn()).contains("civil-registry.commands.dlt/0/1");
    }

    @Test
    void anAgencyThatCannotProcessTheRequestNeitherAsksTheApplicantNorLetsTheDossierBeRefused() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAssigned("075326000123")
                .whenRejected(BIRTH_REGISTRATION, "CANNOT_PROCESS", null)
                .expectStep(BIRTH_REGISTRATION, StepStatus.ACTION_REQUIRED);
        assertThat(script.step(BIRTH_REGISTRATION).requiredAction().kind()).isEqualTo(RequiredAction.Kind.OPS);

        script.whenTimePasses(Duration.ofDays(30))
                .whenSupplementDeadlinesAreChecked()
                .expectStatus(DossierStatus.ACTION_REQUIRED);
        assertThatThrownBy(() -> script.whenSupplemented(aTypicalDossier().build()))
                .isInstanceOf(DossierStateException.class);
    }
}
