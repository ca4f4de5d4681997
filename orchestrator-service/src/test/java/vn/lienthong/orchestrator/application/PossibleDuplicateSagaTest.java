package vn.lienthong.orchestrator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.orchestrator.application.SagaScript.given;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.ACTION_REQUIRED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.COMPLETED;
import static vn.lienthong.orchestrator.domain.dossier.DossierStatus.REFUSED;
import static vn.lienthong.orchestrator.domain.dossier.Step.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.dossier.Step.ID_NUMBER;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.domain.dossier.DossierStateException;
import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.dossier.HistoryEntry;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.dossier.StepResult.IdNumberAssigned;

/**
 * A second dossier for a child the population database already numbered stops at the ID-number
 * step for an officer, who either refuses it (the same child) or confirms another child (twins
 * given the same name) so that the number is asked for again with that confirmation.
 */
class PossibleDuplicateSagaTest {

    private static final String MASKED = "0753******04";
    private static final IdNumberOutcome ALREADY_A_CITIZEN = new IdNumberOutcome.PossibleDuplicate(MASKED,
            List.of("mother.personalIdNumber", "child.fullName", "child.sex", "child.dateOfBirth"));

    @Test
    void aChildWhoMayAlreadyBeACitizenWaitsForAnOfficerWhoSeesTheMaskedNumberAndTheMatchedFields() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(ALREADY_A_CITIZEN)
                .expectStatus(ACTION_REQUIRED)
                .expectStep(ID_NUMBER, StepStatus.ACTION_REQUIRED)
                .expectCommandsSent(BIRTH_REGISTRATION, 0)
                .expectNoDueIdNumberAttempt();

        RequiredAction review = script.dossier().requiredActions().get(0);
        assertThat(review.kind()).isEqualTo(RequiredAction.Kind.REVIEW);
        assertThat(review.dueDate()).as("an officer's review, no deadline for the applicant").isNull();
        assertThat(review.reasons()).extracting(Reason::code).containsOnly("POSSIBLE_DUPLICATE_CITIZEN");
        assertThat(review.reasons()).extracting(Reason::field).containsExactly(null,
                "mother.personalIdNumber", "child.fullName", "child.sex", "child.dateOfBirth");
        assertThat(review.messageVi()).contains(MASKED).contains("CONFIRM_DISTINCT_CHILD").contains("CONFIRM_SAME_CHILD");
        assertThat(review.messageEn()).contains(MASKED);
        assertThat(script.dossier().results().of(ID_NUMBER, IdNumberAssigned.class)).isNull();
        assertThat(script.publishedStatuses()).endsWith(ACTION_REQUIRED);

        script.whenTimePasses(Duration.ofDays(30))
                .whenSupplementDeadlinesAreChecked()
                .expectStatus(ACTION_REQUIRED);
        assertThatThrownBy(script::whenOfficerConfirmsParentData)
                .as("this review is not about the parents")
                .isInstanceOf(DossierStateException.class);
    }

    @Test
    void anOfficerWhoConfirmsAnotherChildGetsItANumberUnderANewRequestIdAndTheDossierGoesOn() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(ALREADY_A_CITIZEN)
                .whenOfficerConfirmsDistinctChild()
                .expectStep(ID_NUMBER, StepStatus.SCHEDULED)
                .whenIdNumberAssigned("075326000124")
                .expectStep(ID_NUMBER, StepStatus.COMPLETED)
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS)
                .whenBirthRegistered()
                .whenResidenceRegistered()
                .whenCardIssued()
                .expectStatus(COMPLETED);

        var requests = script.idNumberRequests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).distinctChild()).isNull();
        assertThat(requests.get(1).requestId()).as("the confirmation changes the request: a new id")
                .isNotEqualTo(requests.get(0).requestId());
        assertThat(requests.get(1).distinctChild()).isEqualTo(new DuplicateReview(MASKED, "officer-7"));
        assertThat(script.dossier().results().personalIdNumber()).isEqualTo("075326000124");
        assertThat(script.history()).filteredOn(h -> h.event().equals("OFFICER_ACTION"))
                .extracting(HistoryEntry::messageVi).singleElement().asString()
                .contains("officer-7").contains(MASKED).contains("sinh đôi cùng tên");
    }

    @Test
    void anOfficerWhoConfirmsTheSameChildRefusesTheDossierAndNoNumberIsAskedFor() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(ALREADY_A_CITIZEN)
                .whenOfficerConfirmsSameChild()
                .expectStatus(REFUSED)
                .expectNoDueIdNumberAttempt();

        Reason refusal = script.dossier().refusal().orElseThrow();
        assertThat(refusal.code()).isEqualTo("CHILD_ALREADY_HAS_ID_NUMBER");
        assertThat(refusal.messageVi()).contains(MASKED).contains("officer-7");
        assertThat(script.idNumberRequests()).hasSize(1);
        assertThat(script.publishedStatuses()).endsWith(REFUSED);
        assertThat(script.dossier().results().of(ID_NUMBER, IdNumberAssigned.class)).isNull();
        assertThatThrownBy(script::whenOfficerConfirmsDistinctChild).isInstanceOf(DossierStateException.class);
    }

    @Test
    void aSupplementThatCorrectsTheChildsNameAsksAgainWithoutAnyConfirmation() {
        var script = given(aTypicalDossier().build())
                .whenIdNumberAnswer(ALREADY_A_CITIZEN)
                .whenSupplemented(aTypicalDossier().withChildNamed("Điểu Thị Hồng").build())
                .expectStep(ID_NUMBER, StepStatus.SCHEDULED)
                .whenIdNumberAssigned("075326000125")
                .expectStep(BIRTH_REGISTRATION, StepStatus.IN_PROGRESS);

        var requests = script.idNumberRequests();
        assertThat(requests).extracting(SagaScript.IdNumberRequest::distinctChild).containsExactly(null, null);
        assertThat(requests.get(1).requestId()).isNotEqualTo(requests.get(0).requestId());
        assertThat(script.dossier().duplicateReview()).as("the review was of the other name").isEmpty();
    }

    @Test
    void aConfirmationIsOnlyTakenWhileADuplicateAwaitsReviewAndAReplayAsksTheSameQuestionAgain() {
        var waiting = given(aTypicalDossier().build());
        assertThatThrownBy(waiting::whenOfficerConfirmsDistinctChild)
                .isInstanceOf(DossierStateException.class)
                .hasMessageContaining("possible duplicate");

        var replayed = given(aTypicalDossier().build())
                .whenIdNumberAnswer(ALREADY_A_CITIZEN)
                .whenOpsReplay(ID_NUMBER)
                .whenIdNumberAnswer(ALREADY_A_CITIZEN)
                .expectStep(ID_NUMBER, StepStatus.ACTION_REQUIRED);
        var requests = replayed.idNumberRequests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).as("a replay repeats the same request: the same answer")
                .isEqualTo(requests.get(0));
    }
}
