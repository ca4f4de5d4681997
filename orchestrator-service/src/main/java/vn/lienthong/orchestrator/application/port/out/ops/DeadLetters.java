package vn.lienthong.orchestrator.application.port.out.ops;

import java.util.List;
import java.util.Optional;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetter;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterSummary;
import vn.lienthong.orchestrator.application.port.model.ops.Republished;

/** The dead-letter topics the system uses, read without joining a consumer group. */
public interface DeadLetters {

    /** The dead-letter topics ops may look at. */
    List<String> topics();

    /** Up to {@code limit} records of {@code topics}, newest first. */
    List<DeadLetterSummary> list(List<String> topics, int limit);

    Optional<DeadLetter> find(DeadLetterRef ref);

    /**
     * Publishes the record's original payload, key and headers (without those added when it was
     * dead-lettered) to the topic it was dead-lettered from, and waits for the broker to
     * acknowledge it. Empty if there is no such record.
     */
    Optional<Republished> republish(DeadLetterRef ref);
}
