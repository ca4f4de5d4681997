package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.orchestrator.application.SagaScript.given;
import static vn.lienthong.orchestrator.application.SagaScript.givenRegisteredBirth;
import static vn.lienthong.orchestrator.domain.dossier.Step.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.dossier.Step.HEALTH_INSURANCE;
import static vn.lienthong.orchestrator.domain.dossier.Step.ID_NUMBER;
import static vn.lienthong.orchestrator.domain.dossier.Step.RESIDENCE;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausedException;
import vn.lienthong.orchestrator.application.port.in.ops.PauseConflictException;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierStateException;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.HistoryEntry;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/** Ops pausing agencies and replaying steps, as given / when / expect scripts. */
class OpsSagaTest {

    private static final IdNumberOutcome UNAVAILABLE =
            new IdNumberOutcome.TransientFailure(new Reason("HTTP_503", null, "vi", "en"));

    @Test
    void aStepOfAPausedAgencyIsHeldAndGoesOutWhenTheAgencyIsResumed() {
        var script = given(aTypicalDossier().build())
                .whenOpsPause(Agency.CIVIL_REGISTRY)
                .whenIdNumberAssigned("075326000123")
                .expectStep(BIRTH_REGISTRATION, StepStatus.SCHEDULED)
                .expectStatus(DossierStatus.IN_PROGRESS)
                .expectCommandsSent(BIRTH_REGISTRATION, 0);
        assertThat(script.history()).extracting(HistoryEntry::event).endsWith("STEP_HELD");

        script.whenOpsResume(Agency.CIVIL_REGISTRY)
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS)
                .expectCommandsSent(BIRTH_REGISTRATION, 1)
                .whenBirthRegistered()
                .expectStep(RESIDENCE, StepStatus.IN_PROGRESS);
        assertThat(script.audited()).containsExactly(AuditAction.PAUSE_AGENCY, AuditAction.RESUME_AGENCY);
        assertThat(script.auditEntries().get(1).details()).containsEntry("pausedBy", "ops-1");
    }

    @Test
    void whileOneAgencyIsPausedTheParallelStepOfAnotherStillGoes() {
        given(aTypicalDossier().build())
                .whenOpsPause(Agency.RESIDENCE)
                .whenIdNumberAssigned("075326000123")
                .whenBirthRegistered()
                .expectStep(RESIDENCE, StepStatus.SCHEDULED)
                .expectStep(HEALTH_INSURANCE, StepStatus.IN_PROGRESS)
                .expectCommandsSent(RESIDENCE, 0)
                .expectCommandsSent(HEALTH_INSURANCE, 1);
    }

    @Test
    void whileThePopulationDatabaseIsPausedNoAttemptIsClaimedAndNothingIsLost() {
        var script = given(aTypicalDossier().build())
                .whenOpsPause(Agency.POPULATION_DATABASE)
                .expectNoDueIdNumberAttempt()
                .whenTimePasses(Duration.ofMinutes(30))
                .expectNoDueIdNumberAttempt()
                .expectStep(ID_NUMBER, StepStatus.SCHEDULED);
        assertThat(script.step(ID_NUMBER).attempts()).isZero();

        script.whenOpsResume(Agency.POPULATION_DATABASE)
                .whenIdNumberAssigned("075326000123")
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);
    }

    @Test
    void pausingAPausedAgencyOrResumingOneThatIsNotPausedIsRefused() {
        var script = given(aTypicalDossier().build()).whenOpsPause(Agency.HEALTH_INSURANCE);

        assertThatThrownBy(() -> script.whenOpsPause(Agency.HEALTH_INSURANCE))
                .isInstanceOfSatisfying(PauseConflictException.class,
                        e -> assertThat(e.existing().pausedBy()).isEqualTo("ops-1"));
        assertThatThrownBy(() -> script.whenOpsResume(Agency.RESIDENCE))
                .isInstanceOfSatisfying(PauseConflictException.class, e -> assertThat(e.existing()).isNull());
        assertThat(script.audited()).containsExactly(AuditAction.PAUSE_AGENCY);
    }

    @Test
    void aHeldStepOfADossierRefusedMeanwhileIsNotSent() {
        var script = given(aTypicalDossier().build())
                .whenOpsPause(Agency.HEALTH_INSURANCE)
                .whenIdNumberAssigned("075326000123")
                .whenBirthRegistered()
                .expectStep(HEALTH_INSURANCE, StepStatus.SCHEDULED)
                .whenRejected(RESIDENCE, "HOUSEHOLD_NOT_FOUND", "residence.addressLine")
                .whenTimePasses(Duration.ofDays(12))
                .whenSupplementDeadlinesAreChecked()
                .expectStatus(DossierStatus.REFUSED)
                .whenOpsResume(Agency.HEALTH_INSURANCE)
                .expectCommandsSent(HEALTH_INSURANCE, 0);
        assertThat(script.step(HEALTH_INSURANCE).status()).isEqualTo(StepStatus.SCHEDULED);
    }

    @Test
    void anIdNumberStepWaitingToRetryIsReplayedWithTheSameRequestDueNow() {
        var script = given(aTypicalDossier().build()).whenIdNumberAnswer(UNAVAILABLE);
        var request = script.lastCommand(ID_NUMBER);
        script.expectNoDueIdNumberAttempt()
                .whenOpsReplay(ID_NUMBER)
                .whenIdNumberAssigned("075326000123")
                .expectStep(ID_NUMBER, StepStatus.COMPLETED);

        assertThat(script.lastReplay().replay()).isEqualTo(Dossier.Replay.SCHEDULED);
        assertThat(script.lastCommand(ID_NUMBER)).isEqualTo(request);
        assertThat(script.history()).extracting(HistoryEntry::event).contains("REPLAYED");
        assertThat(script.audited()).containsExactly(AuditAction.REPLAY_STEP);
        assertThat(script.auditEntries().get(0).target()).endsWith("/steps/ID_NUMBER");
        assertThat(script.auditEntries().get(0).operator()).isEqualTo("ops-2");
    }

    @Test
    void aRefusedPermissionIsReplayedOnceAnOfficerSortedItOutWithTheSameRequest() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(new IdNumberOutcome.PermissionDenied(new Reason("PERMISSION_DENIED", null, "vi", "en")))
                .expectStatus(DossierStatus.ACTION_REQUIRED);
        var request = script.lastCommand(ID_NUMBER);

        script.whenOpsReplay(ID_NUMBER)
                .expectStatus(DossierStatus.IN_PROGRESS)
                .whenIdNumberAssigned("075326000123")
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);
        assertThat(script.lastCommand(ID_NUMBER)).isEqualTo(request);
    }

    @Test
    void anUnansweredRequestIsSentAgainUnderTheSameCommandIdAndItsReplyCounts() {
        var script = given(aTypicalDossier().build()).whenIdNumberAssigned("075326000123");
        var registerBirth = script.lastCommand(BIRTH_REGISTRATION);

        script.whenOpsReplay(BIRTH_REGISTRATION)
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);
        assertThat(script.lastReplay().replay()).isEqualTo(Dossier.Replay.RESEND_SAME_COMMAND);
        assertThat(script.commandsSent(BIRTH_REGISTRATION)).containsExactly(registerBirth, registerBirth);
        assertThat(script.step(BIRTH_REGISTRATION).attempts()).isEqualTo(2);

        script.whenBirthRegistered().expectStep(BIRTH_REGISTRATION, StepStatus.COMPLETED);
    }

    @Test
    void aRefusedRequestIsReplayedAsANewOneAndALateAnswerToTheOldOneIsIgnored() {
        var script = givenRegisteredBirth(aTypicalDossier().build())
                .whenRejected(RESIDENCE, "HOUSEHOLD_NOT_FOUND", "residence.addressLine");
        var refused = script.lastCommand(RESIDENCE);

        script.whenOpsReplay(RESIDENCE).expectStep(RESIDENCE, StepStatus.IN_PROGRESS);
        assertThat(script.lastReplay().replay()).isEqualTo(Dossier.Replay.NEW_COMMAND);
        assertThat(script.commandsSent(RESIDENCE)).hasSize(2).doesNotHaveDuplicates();
        assertThat(script.lastReplay().commandId()).isEqualTo(script.lastCommand(RESIDENCE)).isNotEqualTo(refused);

        script.whenReplyWithCommand(refused, new StepResult.ResidenceRegistered("TT-OLD", "HK-OLD", "old", "25450",
                        LocalDate.of(2026, 11, 23)))
                .expectStep(RESIDENCE, StepStatus.IN_PROGRESS);
    }

    @Test
    void aStepOfAPausedAgencyIsNotReplayedAndNothingIsSent() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAssigned("075326000123")
                .whenOpsPause(Agency.CIVIL_REGISTRY);

        assertThatThrownBy(() -> script.whenOpsReplay(BIRTH_REGISTRATION))
                .isInstanceOfSatisfying(AgencyPausedException.class,
                        e -> assertThat(e.pause().reason()).isEqualTo("bảo trì hệ thống"));
        script.expectCommandsSent(BIRTH_REGISTRATION, 1);
        assertThat(script.history()).extracting(HistoryEntry::event).doesNotContain("REPLAYED");
        assertThat(script.audited()).containsExactly(AuditAction.PAUSE_AGENCY);
    }

    @Test
    void aCompletedStepIsNotReplayable() {
        var script = given(aTypicalDossier().build()).whenIdNumberAssigned("075326000123");

        assertThatThrownBy(() -> script.whenOpsReplay(ID_NUMBER))
                .isInstanceOfSatisfying(DossierStateException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_REPLAYABLE"));
        assertThat(script.audited()).isEmpty();
    }
}
