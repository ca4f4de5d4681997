package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CompletionTrackerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CompletionTracker tracker = new CompletionTracker();

    @Test
    void aDossierSubmittedThenCompletedCountsOnce() {
        tracker.submitted("d1", System.nanoTime());
        tracker.event("d1", event("IN_PROGRESS", "2026-12-03T10:00:00Z", "IN_PROGRESS"));
        tracker.event("d1", event("COMPLETED", "2026-12-03T10:00:02Z", "COMPLETED"));
        tracker.event("d1", event("COMPLETED", "2026-12-03T10:00:03Z", "COMPLETED"));

        assertThat(tracker.completedCount()).isEqualTo(1);
        assertThat(tracker.completions().get(0).stepMillis().get(CompletionTracker.Step.ID_NUMBER))
                .isCloseTo(2000.0, within(1e-6));
    }

    @Test
    void aCompletionReadBeforeTheAnswerToItsSubmissionCountsOnceTheAnswerIsRead() throws Exception {
        long submittedAt = System.nanoTime();
        tracker.event("d2", event("COMPLETED", "2026-12-03T10:00:02Z", "COMPLETED"));
        long completionSeen = System.nanoTime();
        assertThat(tracker.completedCount()).isZero();
        Thread.sleep(20);

        tracker.submitted("d2", submittedAt);

        assertThat(tracker.completedCount()).isEqualTo(1);
        var completion = tracker.completions().get(0);
        // From the submission to when the completion was seen, not to when the answer was read.
        assertThat(completion.latencyMillis()).isLessThanOrEqualTo((completionSeen - submittedAt) / 1e6);
        assertThat(completion.completedAtNanos()).isLessThanOrEqualTo(completionSeen);
    }

    @Test
    void dossiersNotSubmittedInThisRunAreNotCounted() {
        tracker.event("someone else's", event("COMPLETED", "2026-12-03T10:00:02Z", "COMPLETED"));
        tracker.submitted("d3", System.nanoTime());

        assertThat(tracker.completedCount()).isZero();
    }

    @Test
    void aDossierWaitingForAPersonIsCountedAsSuchAndNotAsCompleted() {
        tracker.submitted("d4", System.nanoTime());
        tracker.event("d4", event("ACTION_REQUIRED", "2026-12-03T10:00:01Z", "ACTION_REQUIRED"));

        assertThat(tracker.actionRequiredEvents()).isEqualTo(1);
        assertThat(tracker.completedCount()).isZero();
    }

    /** A status change of the dossier, with its ID-number step at {@code stepStatus}. */
    private static JsonNode event(String status, String occurredAt, String stepStatus) {
        return JSON.readTree("""
                {"status": "%s", "occurredAt": "%s",
                 "steps": [{"step": "ID_NUMBER", "status": "%s"}]}""".formatted(status, occurredAt, stepStatus));
    }
}
