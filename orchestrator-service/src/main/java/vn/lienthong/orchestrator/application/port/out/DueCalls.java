package vn.lienthong.orchestrator.application.port.out;

import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * Tells whoever makes a step's scheduled calls that one is due now, once the transaction that
 * scheduled it has committed. Only a hint to start sooner: a call due now is found at the next look
 * for due attempts without it.
 */
public interface DueCalls {

    DueCalls NONE = step -> { };

    void dueNow(Step step);
}
