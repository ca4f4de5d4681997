package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.orchestrator.application.SagaScript.given;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.ACTION_REQUIRED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.IN_PROGRESS;
import static vn.lienthong.orchestrator.domain.dossier.Step.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.dossier.Step.ID_NUMBER;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.domain.dossier.InvalidManualNumberException;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.StepResult.IdNumberAssigned;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;

/** The ID-number step against a flaky population database, as given / when / expect scripts. */
class FlakyIdNumberSagaTest {

    private static final IdNumberOutcome UNAVAILABLE =
            new IdNumberOutcome.TransientFailure(new Reason("HTTP_503", null, "vi", "en"));

    @Test
    void parentsWhoDifferFromThePopulationDatabaseGoToAnOfficerFieldByField() {
        var script = given(aTypicalDossier().build())
                .populationDatabaseRecords("070198001234", "Điểu Thị Lân", LocalDate.of(1997, 4, 12))
                .whenIdNumberAnswer(new IdNumberOutcome.Assigned("075326000123"))
                .expectStatus(ACTION_REQUIRED)
                .expectStep(ID_NUMBER, StepStatus.ACTION_REQUIRED);

        RequiredAction review = script.dossier().requiredActions().get(0);
        assertThat(review.kind()).isEqualTo(RequiredAction.Kind.REVIEW);
        assertThat(review.reasons()).extracting(Reason::field).containsExactly("mother.fullName", "mother.dateOfBirth");
        assertThat(review.reasons()).extracting(Reason::declaredValue, Reason::registeredValue).containsExactly(
                tuple("Điểu Thị Lan", "Điểu Thị Lân"), tuple("1998-04-12", "1997-04-12"));
        assertThat(review.messageVi()).contains("Họ tên của mẹ", "Ngày sinh của mẹ");
        assertThat(review.messageEn()).contains("The mother's full name", "The mother's date of birth");
        String everyoneReads = review.messageVi() + review.messageEn()
                + script.history().stream().map(h -> h.messageVi() + h.messageEn()).toList();
        assertThat(everyoneReads).as("messages and history name the fields, not what the register holds")
                .doesNotContain("Lân", "1997");
        assertThat(script.dossier().results().of(ID_NUMBER, IdNumberAssigned.class)).as("no number asked for yet").isNull();

        script.whenOfficerConfirmsParentData()
                .expectStep(ID_NUMBER, StepStatus.SCHEDULED)
                .whenIdNumberAssigned("075326000123")
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);
    }

    @Test
    void theParentsAreLookedUpOnceNotAtEveryRetry() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(UNAVAILABLE)
                .whenTimePasses(Duration.ofSeconds(2))
                .whenIdNumberAnswer(UNAVAILABLE)
                .whenTimePasses(Duration.ofSeconds(4))
                .whenIdNumberAssigned("075326000123");

        assertThat(script.populationDatabaseLookups()).as("mother and father, once").isEqualTo(2);
        assertThat(script.dossier().parentsVerified()).isTrue();
    }

    @Test
    void aMotherTheDatabaseDoesNotKnowGoesBackToTheApplicant() {
        var script = given(aTypicalDossier().build())
                .populationDatabaseForgets("070198001234")
                .whenIdNumberAnswer(new IdNumberOutcome.Assigned("075326000123"))
                .expectStatus(ACTION_REQUIRED);

        RequiredAction action = script.dossier().requiredActions().get(0);
        assertThat(action.kind()).isEqualTo(RequiredAction.Kind.SUPPLEMENT);
        assertThat(action.reasons()).extracting(Reason::code, Reason::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MOTHER_NOT_FOUND", "mother.personalIdNumber"));
    }

    @Test
    void afterTheDeadlineWithoutANumberAnOfficerObtainsItFromTheCommunePolice() {
        var script = given(aTypicalDossier().build()).whenIdNumberAnswer(UNAVAILABLE);
        for (int i = 0; i < 8; i++) {
            script.whenTimePasses(Duration.ofMinutes(5)).whenIdNumberAnswer(UNAVAILABLE);
        }
        script.expectStep(ID_NUMBER, StepStatus.WAITING_RETRY)
                .whenTimePasses(Duration.ofHours(4))
                .whenIdNumberAnswer(UNAVAILABLE)
                .expectStatus(ACTION_REQUIRED)
                .expectNoDueIdNumberAttempt();

        RequiredAction action = script.dossier().requiredActions().get(0);
        assertThat(action.kind()).isEqualTo(RequiredAction.Kind.OFFICER);
        assertThat(action.reasons()).extracting(Reason::code).containsExactly("OBTAIN_NUMBER_FROM_COMMUNE_POLICE");
        assertThat(action.messageVi()).contains("Công an xã");
    }

    @Test
    void whileTheBreakerIsOpenNothingIsAttemptedAndLongWaitsAreEscalatedAnyway() {
        var script = given(aTypicalDossier().build())
                .whenTheBreakerOpens()
                .expectNoDueIdNumberAttempt()
                .whenTimePasses(Duration.ofHours(3))
                .whenEscalationsAreChecked()
                .expectStep(ID_NUMBER, StepStatus.SCHEDULED)
                .whenTimePasses(Duration.ofHours(1))
                .whenEscalationsAreChecked()
                .expectStatus(ACTION_REQUIRED);

        assertThat(script.step(ID_NUMBER).attempts()).isZero();
    }

    @Test
    void whenTheBreakerClosesAttemptsWaitingOutLongPausesAreDueAtOnce() {
        var script = given(aTypicalDossier().build()).whenIdNumberAnswer(UNAVAILABLE);
        for (int i = 0; i < 6; i++) {
            script.whenTimePasses(Duration.ofMinutes(5)).whenIdNumberAnswer(UNAVAILABLE);
        }
        script.whenTheBreakerOpens()
                .whenTimePasses(Duration.ofSeconds(10))
                .expectNoDueIdNumberAttempt()
                .whenTheBreakerCloses()
                .whenIdNumberAssigned("075326000123")
                .expectStep(ID_NUMBER, StepStatus.COMPLETED);
    }

    @Test
    void aManualNumberLetsTheSagaGoOnAndIsVerifiedAfterwards() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(new IdNumberOutcome.PermissionDenied(new Reason("PERMISSION_DENIED", null, "vi", "en")))
                .populationDatabaseRecords("075326001111", "Điểu Thị Hoa", LocalDate.of(2026, 11, 2))
                .whenOfficerRecordsManualNumber("075326001111")
                .expectStatus(IN_PROGRESS)
                .expectStep(ID_NUMBER, StepStatus.COMPLETED)
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);
        assertThat(script.dossier().results().of(ID_NUMBER, IdNumberAssigned.class))
                .isEqualTo(new IdNumberAssigned("075326001111", IdNumberAssigned.Source.MANUAL,
                        IdNumberAssigned.Verification.PENDING, null));

        script.whenManualNumbersAreVerified();
        assertThat(script.dossier().results().of(ID_NUMBER, IdNumberAssigned.class).verification()).isEqualTo(IdNumberAssigned.Verification.VERIFIED);
    }

    @Test
    void aManualNumberThatBelongsToSomeoneElseIsFlagged() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(new IdNumberOutcome.PermissionDenied(new Reason("PERMISSION_DENIED", null, "vi", "en")))
                .populationDatabaseRecords("075326002222", "Nguyễn Thị Mai", LocalDate.of(2026, 11, 2))
                .whenOfficerRecordsManualNumber("075326002222")
                .whenManualNumbersAreVerified();

        var idNumber = script.dossier().results().of(ID_NUMBER, IdNumberAssigned.class);
        assertThat(idNumber.verification()).isEqualTo(IdNumberAssigned.Verification.MISMATCH);
        assertThat(idNumber.verificationDifferences()).extracting(Reason::field, Reason::registeredValue)
                .containsExactly(tuple("child.fullName", "Nguyễn Thị Mai"));
        assertThat(idNumber.verificationNote()).contains("The child's full name").doesNotContain("Nguyễn Thị Mai");
        assertThat(script.history()).allSatisfy(entry -> assertThat(entry.messageVi() + entry.messageEn())
                .as("the history does not name the citizen the number belongs to").doesNotContain("Nguyễn Thị Mai"));
        assertThat(script.history()).extracting(h -> h.event()).contains("MANUAL_ID_NUMBER", "ID_NUMBER_MISMATCH");
        script.expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);
    }

    @Test
    void aManualNumberMustFitTheChildAndIsOnlyTakenWhenAnOfficerWasAsked() {
        var waiting = given(aTypicalDossier().build()).whenIdNumberAnswer(UNAVAILABLE);
        assertThatThrownBy(() -> waiting.whenOfficerRecordsManualNumber("075326001111"))
                .hasMessageContaining("only while the dossier waits");

        var escalated = given(aTypicalDossier().build())
                .whenIdNumberAnswer(new IdNumberOutcome.PermissionDenied(new Reason("PERMISSION_DENIED", null, "vi", "en")));
        // 2 in the fourth place is a boy born in the 2000s; the child is a girl.
        assertThatThrownBy(() -> escalated.whenOfficerRecordsManualNumber("075226001111"))
                .isInstanceOf(InvalidManualNumberException.class);
        assertThat(escalated.dossier().results().of(ID_NUMBER, IdNumberAssigned.class)).isNull();
        List.of(escalated).forEach(s -> s.expectStep(ID_NUMBER, StepStatus.ACTION_REQUIRED));
    }
}
