package vn.lienthong.orchestrator.domain.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * Where one step stands. {@code commandId} identifies the current request to the agency: a reply
 * that carries another id is stale or repeated and is ignored. Retries after a passing failure
 * reuse the id, so the agency recognises the same request; a restart after a supplement or an
 * officer's action gets a new one.
 */
public record StepState(
        Step step,
        StepStatus status,
        int attempts,
        UUID commandId,
        Reason lastError,
        RequiredAction requiredAction,
        Instant startedAt,
        Instant completedAt,
        Instant nextAttemptAt) {

    public static StepState notStarted(Step step) {
        return new StepState(step, StepStatus.NOT_STARTED, 0, null, null, null, null, null, null);
    }

    StepState scheduled(Instant dueAt) {
        return new StepState(step, StepStatus.SCHEDULED, attempts, commandId, lastError, null, startedAt, null, dueAt);
    }

    /** Due again at {@code dueAt} with the same request. */
    StepState dueAgain(Instant dueAt) {
        return new StepState(step, StepStatus.WAITING_RETRY, attempts, commandId, lastError, null, startedAt, null, dueAt);
    }

    StepState begun(UUID newCommandId, Instant now) {
        return new StepState(step, StepStatus.IN_PROGRESS, attempts, newCommandId, lastError, null,
                startedAt == null ? now : startedAt, null, null);
    }

    StepState attempted(Instant leaseUntil) {
        return new StepState(step, StepStatus.IN_PROGRESS, attempts + 1, commandId, lastError, null, startedAt, null,
                leaseUntil);
    }

    StepState completed(Instant now) {
        return new StepState(step, StepStatus.COMPLETED, attempts, commandId, null, null, startedAt, now, null);
    }

    StepState waitingRetry(Reason error, Instant nextAttemptAt) {
        return new StepState(step, StepStatus.WAITING_RETRY, attempts, commandId, error, null, startedAt, null,
                nextAttemptAt);
    }

    StepState actionRequired(RequiredAction action, Reason error) {
        return new StepState(step, StepStatus.ACTION_REQUIRED, attempts, commandId, error, action, startedAt, null, null);
    }

    StepState restartable() {
        return new StepState(step, StepStatus.NOT_STARTED, attempts, commandId, lastError, null, startedAt, null, null);
    }

    /**
     * Whether an answer to {@code replyCommandId} is the one this step waits for: its current
     * request, still in progress, or failed for ops (its message parked or dead-lettered), because
     * ops may send that very message again once they fixed the cause.
     */
    public boolean awaits(UUID replyCommandId) {
        boolean waiting = status == StepStatus.IN_PROGRESS || (status == StepStatus.ACTION_REQUIRED
                && requiredAction != null && requiredAction.kind() == RequiredAction.Kind.OPS);
        return waiting && commandId != null && commandId.equals(replyCommandId);
    }
}
