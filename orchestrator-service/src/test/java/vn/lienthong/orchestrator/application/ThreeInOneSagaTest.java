package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.orchestrator.application.SagaScript.given;
import static vn.lienthong.orchestrator.application.SagaScript.givenRegisteredBirth;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.ACTION_REQUIRED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.COMPLETED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.IN_PROGRESS;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.RECEIVED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.REFUSED;
import static vn.lienthong.orchestrator.domain.dossier.Step.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.dossier.Step.HEALTH_INSURANCE;
import static vn.lienthong.orchestrator.domain.dossier.Step.ID_NUMBER;
import static vn.lienthong.orchestrator.domain.dossier.Step.RESIDENCE;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.application.port.in.ConflictingResubmissionException;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.procedure.Delivery;
import vn.lienthong.orchestrator.domain.procedure.Procedure;
import vn.lienthong.orchestrator.domain.procedure.StepDeclaration;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.dossier.SupplementConflictException;
import vn.lienthong.orchestrator.domain.dossier.StepResult.BirthRegistered;
import vn.lienthong.orchestrator.domain.dossier.StepResult.HealthInsuranceCardIssued;
import vn.lienthong.orchestrator.domain.dossier.StepResult.ResidenceRegistered;

/** The procedure, step by step, as given / when / expect scripts. */
class ThreeInOneSagaTest {

    @Test
    void aReceivedDossierWaitsForItsIdNumberAndAsksNoOtherAgency() {
        given(aTypicalDossier().build())
                .expectStatus(RECEIVED)
                .expectStep(ID_NUMBER, StepStatus.SCHEDULED)
                .expectStep(BIRTH_REGISTRATION, StepStatus.NOT_STARTED)
                .expectCommandsSent(BIRTH_REGISTRATION, 0);
    }

    @Test
    void theIdNumberLeadsToBirthRegistrationWhichLeadsToResidenceAndInsuranceInParallel() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAssigned("075326000123")
                .expectStatus(IN_PROGRESS)
                .expectStep(ID_NUMBER, StepStatus.COMPLETED)
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS)
                .expectCommandsSent(BIRTH_REGISTRATION, 1)
                .expectCommandsSent(RESIDENCE, 0)
                .whenBirthRegistered()
                .expectStep(RESIDENCE, StepStatus.IN_PROGRESS)
                .expectStep(HEALTH_INSURANCE, StepStatus.IN_PROGRESS)
                .expectCommandsSent(RESIDENCE, 1)
                .expectCommandsSent(HEALTH_INSURANCE, 1)
                .whenCardIssued()
                .expectStatus(IN_PROGRESS)
                .whenResidenceRegistered()
                .expectStatus(COMPLETED);

        var results = script.dossier().results();
        assertThat(results.personalIdNumber()).isEqualTo("075326000123");
        assertThat(results.of(BIRTH_REGISTRATION, BirthRegistered.class).birthCertificateNumber()).isEqualTo("KS-25450-2026-000123");
        assertThat(results.of(HEALTH_INSURANCE, HealthInsuranceCardIssued.class).validTo()).isEqualTo(LocalDate.of(2032, 11, 2));
        assertThat(script.history()).extracting(h -> h.event()).startsWith("SUBMITTED").endsWith("COMPLETED");
        assertThat(script.publishedStatuses()).startsWith(RECEIVED).endsWith(COMPLETED);
    }

    @Test
    void aFatherUnknownDossierCompletesTheSameWay() {
        givenRegisteredBirth(aTypicalDossier().withoutFather().build())
                .whenResidenceRegistered()
                .whenCardIssued()
                .expectStatus(COMPLETED);
    }

    @Test
    void theSameDossierSentAgainIsAnsweredFromTheStoredOneAndChangesNothing() {
        DossierForm form = aTypicalDossier().build();
        var script = given(form);
        var history = List.copyOf(script.history());
        var published = List.copyOf(script.publishedStatuses());

        var again = script.sentAgain(form, "hash", "national-portal");

        assertThat(again.dossierId()).isEqualTo(script.dossierId());
        assertThat(again.replayed()).isTrue();
        assertThat(script.history()).isEqualTo(history);
        assertThat(script.publishedStatuses()).as("no second status event").isEqualTo(published);
        assertThatThrownBy(() -> script.sentAgain(form, "other content", "national-portal"))
                .isInstanceOf(ConflictingResubmissionException.class);
        assertThatThrownBy(() -> script.sentAgain(form, "hash", "another-portal"))
                .isInstanceOf(ConflictingResubmissionException.class);
        assertThat(script.history()).isEqualTo(history);
    }

    @Test
    void aProcedureThatSendsACommandAtIntakeLooksItsCodeUpFirstSoARepeatSendsNothing() {
        Procedure commandFirst = Procedure.named("COMMAND_FIRST", "Thủ tục thử", "Test procedure", DossierForm.class,
                        (form, today) -> List.of())
                .then(new StepDeclaration(BIRTH_REGISTRATION, Agency.CIVIL_REGISTRY, Delivery.COMMAND, "RegisterBirth",
                        "birthRegistration", BirthRegistered.class, List.of()))
                .sections();
        DossierForm form = aTypicalDossier().withCode("G22.75-261122-000999").build();
        var script = given(aTypicalDossier().build());

        var first = script.sent(commandFirst, form, "hash", "national-portal");
        var again = script.sent(commandFirst, form, "hash", "national-portal");

        assertThat(again.dossierId()).isEqualTo(first.dossierId());
        assertThat(again.replayed()).isTrue();
        script.expectCommandsSent(BIRTH_REGISTRATION, 1);
    }

    @Test
    void aRepeatedReplyChangesNothingAndSendsNothingTwice() {
        var script = given(aTypicalDossier().build()).whenIdNumberAssigned("075326000123");
        var registerBirth = script.lastCommand(BIRTH_REGISTRATION);
        script.whenBirthRegistered();
        int historyBefore = script.history().size();

        script.whenReplyWithCommand(registerBirth, new vn.lienthong.orchestrator.domain.dossier.StepResult.BirthRegistered(
                        "01/2026", 999, "KS-OTHER", LocalDate.of(2026, 11, 23), false))
                .expectCommandsSent(RESIDENCE, 1)
                .expectCommandsSent(HEALTH_INSURANCE, 1);

        assertThat(script.history()).hasSize(historyBefore);
        assertThat(script.dossier().results().of(BIRTH_REGISTRATION, BirthRegistered.class).entryNumber()).isEqualTo(123);
    }

    @Test
    void aRefusalWaitsForASupplementAndTheDossierResumesFromThatStep() {
        var script = givenRegisteredBirth(aTypicalDossier().build())
                .whenRejected(RESIDENCE, "PARENT_NOT_REGISTERED_AT_ADDRESS", "residence.addressLine")
                .expectStatus(ACTION_REQUIRED)
                .expectStep(RESIDENCE, StepStatus.ACTION_REQUIRED)
                .whenCardIssued()
                .expectStatus(ACTION_REQUIRED);
        RequiredAction action = script.dossier().requiredActions().get(0);
        assertThat(action.kind()).isEqualTo(RequiredAction.Kind.SUPPLEMENT);
        assertThat(action.reasons()).extracting(Reason::field).containsExactly("residence.addressLine");
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        var refusedCommand = script.lastCommand(RESIDENCE);

        script.whenSupplemented(aTypicalDossier().withResidenceAddress("Thôn 4").build())
                .expectStatus(IN_PROGRESS)
                .expectStep(RESIDENCE, StepStatus.IN_PROGRESS)
                .expectStep(HEALTH_INSURANCE, StepStatus.COMPLETED)
                .expectCommandsSent(RESIDENCE, 2)
                .expectCommandsSent(HEALTH_INSURANCE, 1)
                .expectCommandsSent(BIRTH_REGISTRATION, 1);
        assertThat(script.lastCommand(RESIDENCE)).isNotEqualTo(refusedCommand);
        assertThat(script.dossier().form(DossierForm.class).residence().addressLine()).isEqualTo("Thôn 4");

        script.whenResidenceRegistered().expectStatus(COMPLETED);
        assertThat(script.step(RESIDENCE).attempts()).isEqualTo(2);
    }

    @Test
    void aLateReplyToTheRefusedRequestIsIgnored() {
        var script = givenRegisteredBirth(aTypicalDossier().build())
                .whenRejected(RESIDENCE, "HOUSEHOLD_NOT_FOUND", "residence.addressLine");
        var refusedCommand = script.lastCommand(RESIDENCE);
        script.whenSupplemented(aTypicalDossier().withResidenceAddress("Thôn 4").build());

        script.whenReplyWithCommand(refusedCommand, new vn.lienthong.orchestrator.domain.dossier.StepResult.ResidenceRegistered(
                        "TT-OLD", "HK-OLD", "old", "25450", LocalDate.of(2026, 11, 23)))
                .expectStep(RESIDENCE, StepStatus.IN_PROGRESS);
        assertThat(script.dossier().results().of(RESIDENCE, ResidenceRegistered.class)).isNull();
    }

    @Test
    void aSupplementCannotChangeWhatACompletedStepUsed() {
        var script = givenRegisteredBirth(aTypicalDossier().build())
                .whenRejected(RESIDENCE, "HOUSEHOLD_NOT_FOUND", "residence.addressLine");

        assertThatThrownBy(() -> script.whenSupplemented(aTypicalDossier().withChildNamed("Điểu Thị Hồng").build()))
                .isInstanceOfSatisfying(SupplementConflictException.class,
                        e -> assertThat(e.fields()).containsExactly("child"));
        script.expectStep(RESIDENCE, StepStatus.ACTION_REQUIRED);
    }

    @Test
    void withoutASupplementInSevenWorkingDaysTheDossierIsRefused() {
        given(aTypicalDossier().build())
                .whenIdNumberAnswer(new IdNumberOutcome.InvalidData(List.of(
                        new Reason("MOTHER_NOT_FOUND", "mother.personalIdNumber", "vi", "en"))))
                .expectStatus(ACTION_REQUIRED)
                .whenTimePasses(Duration.ofDays(9))
                .whenSupplementDeadlinesAreChecked()
                .expectStatus(ACTION_REQUIRED)
                .whenTimePasses(Duration.ofDays(1))
                .whenSupplementDeadlinesAreChecked()
                .expectStatus(REFUSED)
                .expectCommandsSent(BIRTH_REGISTRATION, 0);
    }

    @Test
    void aCorrectedMotherIdNumberAsksThePopulationDatabaseAgainWithANewRequest() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(new IdNumberOutcome.InvalidData(List.of(
                        new Reason("MOTHER_NOT_FOUND", "mother.personalIdNumber", "vi", "en"))));
        var firstRequest = script.lastCommand(ID_NUMBER);

        script.populationDatabaseRecords("070198009999", "Điểu Thị Lan", LocalDate.of(1998, 4, 12))
                .whenSupplemented(aTypicalDossier().withMotherIdNumber("070198009999").withResidenceParent("070198009999").build())
                .expectStep(ID_NUMBER, StepStatus.SCHEDULED)
                .whenIdNumberAssigned("075326000777")
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);
        assertThat(script.lastCommand(ID_NUMBER)).isNotEqualTo(firstRequest);
    }

    @Test
    void aBirthOutsideAHealthFacilityWaitsForAnOfficerWithoutADeadline() {
        var script = given(aTypicalDossier().bornOutsideAHealthFacility().build())
                .whenIdNumberAssigned("075326000123")
                .expectStatus(ACTION_REQUIRED)
                .expectStep(BIRTH_REGISTRATION, StepStatus.ACTION_REQUIRED)
                .expectCommandsSent(BIRTH_REGISTRATION, 0);
        RequiredAction action = script.dossier().requiredActions().get(0);
        assertThat(action.kind()).isEqualTo(RequiredAction.Kind.OFFICER);
        assertThat(action.dueDate()).isNull();

        script.whenTimePasses(Duration.ofDays(30))
                .whenSupplementDeadlinesAreChecked()
                .expectStatus(ACTION_REQUIRED)
                .whenOfficerSawTheOriginalStatement()
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS)
                .expectCommandsSent(BIRTH_REGISTRATION, 1);
        assertThat(script.dossier().originalBirthStatementSeen()).isTrue();
    }

    @Test
    void aPassingFailureIsRetriedWithTheSameRequestAfterGrowingPauses() {
        var failure = new IdNumberOutcome.TransientFailure(new Reason("HTTP_503", null, "vi", "en"));
        var script = given(aTypicalDossier().build()).whenIdNumberAnswer(failure);
        var request = script.lastCommand(ID_NUMBER);

        script.expectStep(ID_NUMBER, StepStatus.WAITING_RETRY)
                .expectStatus(IN_PROGRESS)
                .expectNoDueIdNumberAttempt()
                .whenTimePasses(Duration.ofSeconds(2))
                .whenIdNumberAnswer(failure)
                .whenTimePasses(Duration.ofSeconds(3))
                .expectNoDueIdNumberAttempt()
                .whenTimePasses(Duration.ofSeconds(1))
                .whenIdNumberAssigned("075326000123")
                .expectStep(ID_NUMBER, StepStatus.COMPLETED);
        assertThat(script.step(ID_NUMBER).attempts()).isEqualTo(3);
        assertThat(script.lastCommand(ID_NUMBER)).isEqualTo(request);
    }

    @Test
    void aRefusedPermissionGoesToAnOfficerAndIsNotRetried() {
        given(aTypicalDossier().build())
                .whenIdNumberAnswer(new IdNumberOutcome.PermissionDenied(new Reason("PERMISSION_DENIED", null, "vi", "en")))
                .expectStatus(ACTION_REQUIRED)
                .expectStep(ID_NUMBER, StepStatus.ACTION_REQUIRED)
                .whenTimePasses(Duration.ofHours(1))
                .expectNoDueIdNumberAttempt();
    }

    @Test
    void anAttemptWhoseWorkerVanishedIsClaimedAgainAfterItsLeaseWithTheSameRequest() {
        var script = given(aTypicalDossier().build()).whenAnIdNumberAttemptIsClaimedButNeverReports();
        var request = script.lastCommand(ID_NUMBER);

        script.expectStep(ID_NUMBER, StepStatus.IN_PROGRESS)
                .whenTimePasses(Duration.ofSeconds(29))
                .expectNoDueIdNumberAttempt()
                .whenTimePasses(Duration.ofSeconds(1))
                .whenIdNumberAssigned("075326000123")
                .expectStep(ID_NUMBER, StepStatus.COMPLETED);
        assertThat(script.lastCommand(ID_NUMBER)).isEqualTo(request);
        assertThat(script.step(ID_NUMBER).attempts()).isEqualTo(2);
    }

}
