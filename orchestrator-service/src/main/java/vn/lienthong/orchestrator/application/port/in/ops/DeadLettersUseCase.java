package vn.lienthong.orchestrator.application.port.in.ops;

import java.util.List;

import vn.lienthong.orchestrator.application.port.model.ops.DeadLetter;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterSummary;
import vn.lienthong.orchestrator.application.port.out.ops.DeadLetters;
import vn.lienthong.orchestrator.application.port.model.ops.Republished;
import vn.lienthong.orchestrator.application.port.model.ops.Redrive;

/** Records that no consumer could read, and sending them back once what broke them is fixed. */
public interface DeadLettersUseCase {

    List<String> topics();

    /** Newest first; {@code topic} null means every dead-letter topic. */
    List<DeadLetterSummary> list(String topic, int limit);

    /** Raises {@link DeadLetterNotFoundException}. */
    Found find(DeadLetterRef ref);

    /**
     * Sends the record back to its topic and records the redrive and the audit entry. Raises
     * {@link AlreadyRedrivenException} the second time and {@link DeadLetterNotFoundException}.
     */
    Redriven redrive(DeadLetterRef ref, Attribution by);

    /** A record in full, and its redrive if it was redriven (else null). */
    record Found(DeadLetter letter, Redrive redrive) {
    }

    /** The redrive, and where the record was sent. */
    record Redriven(Redrive redrive, Republished sent) {
    }
}
