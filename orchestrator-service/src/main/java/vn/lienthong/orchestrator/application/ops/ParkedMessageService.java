package vn.lienthong.orchestrator.application.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.in.ops.ParkedMessageNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.ParkedMessageRedrivenException;
import vn.lienthong.orchestrator.application.port.in.ops.ParkedMessagesUseCase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.ParkedMessage;
import vn.lienthong.orchestrator.application.port.out.ops.ParkedMessages;

/**
 * Parked outbox messages. A redrive and its audit entry commit together with the message's
 * return to the outbox; the relay then sends it, or parks it again (as a new parked message) if
 * the cause was not fixed.
 */
public class ParkedMessageService implements ParkedMessagesUseCase {

    private final ParkedMessages parked;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ParkedMessageService(ParkedMessages parked, AuditLog audit, Transactions transactions, Clock clock) {
        this.parked = parked;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OpsPage<ParkedMessage> list(String topic, int page, int size) {
        return parked.page(topic, page, size);
    }

    @Override
    public Found find(long id) {
        ParkedMessage message = parked.find(id).orElseThrow(() -> new ParkedMessageNotFoundException(id));
        return new Found(message, parked.payload(id).orElse(null));
    }

    @Override
    public ParkedMessage redrive(long id, Attribution by) {
        Instant at = clock.instant();
        return transactions.inTransaction(() -> {
            ParkedMessage redriven = parked.redrive(id, by.operator(), by.reason(), at).orElseThrow(() ->
                    new ParkedMessageRedrivenException(parked.find(id)
                            .orElseThrow(() -> new ParkedMessageNotFoundException(id))));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("topic", redriven.topic());
            details.put("key", redriven.key());
            details.put("messageType", redriven.messageType());
            details.put("messageId", redriven.messageId().toString());
            details.put("parkedReason", redriven.reason());
            audit.record(AuditEntry.of(by.requester(), at, AuditAction.REDRIVE_PARKED_MESSAGE,
                    "parked-messages/" + id, by.reason(), details));
            return redriven;
        });
    }
}
