package vn.lienthong.orchestrator.application.port.out.ops;

import java.time.Instant;
import java.util.Optional;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.ParkedMessage;

/** The orchestrator's parked outbox messages. Joins the caller's transaction. */
public interface ParkedMessages {

    /** Newest first; {@code topic} null for every topic. */
    OpsPage<ParkedMessage> page(String topic, int page, int size);

    Optional<ParkedMessage> find(long id);

    /** The payload as it was written, as text (JSON). */
    Optional<String> payload(long id);

    /**
     * Writes the message to the outbox again; empty if there is no such message or it was
     * redriven before. A concurrent redrive of the same message waits, then finds it redriven.
     */
    Optional<ParkedMessage> redrive(long id, String operator, String reason, Instant at);
}
