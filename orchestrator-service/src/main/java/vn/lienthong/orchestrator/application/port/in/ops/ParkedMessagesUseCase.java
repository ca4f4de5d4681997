package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.ParkedMessage;

/**
 * Messages the outbox could never send as they were (too large, an invalid topic), and sending
 * one again once ops fixed the cause (raised the limit, or corrected the data and replayed).
 */
public interface ParkedMessagesUseCase {

    /** Newest first; {@code topic} null for every topic. */
    OpsPage<ParkedMessage> list(String topic, int page, int size);

    /** Raises {@link ParkedMessageNotFoundException}. */
    Found find(long id);

    /**
     * Writes the message to the outbox again, once, and audits it. Raises
     * {@link ParkedMessageNotFoundException}, and {@link ParkedMessageRedrivenException} the second time.
     */
    ParkedMessage redrive(long id, Attribution by);

    /** A parked message with its payload. */
    record Found(ParkedMessage message, String payload) {
    }
}
