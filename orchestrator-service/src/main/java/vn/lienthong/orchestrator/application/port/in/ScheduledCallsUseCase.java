package vn.lienthong.orchestrator.application.port.in;

import java.util.List;

import vn.lienthong.orchestrator.domain.dossier.DossierId;

/**
 * The steps a procedure declares as scheduled calls, whose agency answers synchronously: due
 * attempts are claimed in one short transaction, then each call runs outside any transaction, and
 * its outcome is recorded in another. No thread waits between attempts: the next one is a row with
 * a due time.
 */
public interface ScheduledCallsUseCase<A extends ScheduledCallsUseCase.Claimed,
        C extends ScheduledCallsUseCase.Answered<A>> {

    List<A> claimDueAttempts(int max);

    /** Makes the attempt's calls, outside any transaction. */
    C call(A attempt);

    /**
     * Makes the calls of several attempts, outside any transaction, in one call to the agency where
     * it takes several at once; answers in the order given. By default, one call after the other.
     */
    default List<C> callAll(List<A> attempts) {
        return attempts.stream().map(this::call).toList();
    }

    /** Records what calls gave and moves their dossiers on, all in one transaction. */
    void record(List<C> calls);

    /** The agency is back: attempts waiting out a long pause become due now. Returns how many. */
    int resumeWaitingAttempts();

    /** One claimed attempt, of one dossier. */
    interface Claimed {
        DossierId dossierId();
    }

    /** What the agency answered to an attempt. */
    interface Answered<A> {
        A attempt();
    }
}
