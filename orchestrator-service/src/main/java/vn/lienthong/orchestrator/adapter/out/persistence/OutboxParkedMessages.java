package vn.lienthong.orchestrator.adapter.out.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import vn.lienthong.messaging.ParkedMessages.Summary;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.ParkedMessage;
import vn.lienthong.orchestrator.application.port.out.ops.ParkedMessages;

/** The orchestrator's {@code outbox_parked} table, as the shared messaging code keeps it. */
public class OutboxParkedMessages implements ParkedMessages {

    private final vn.lienthong.messaging.ParkedMessages parked;

    public OutboxParkedMessages(vn.lienthong.messaging.ParkedMessages parked) {
        this.parked = parked;
    }

    @Override
    public OpsPage<ParkedMessage> page(String topic, int page, int size) {
        var found = parked.page(topic, page, size);
        return new OpsPage<>(found.items().stream().map(OutboxParkedMessages::message).toList(), found.page(),
                found.size(), found.totalItems());
    }

    @Override
    public Optional<ParkedMessage> find(long id) {
        return parked.find(id).map(OutboxParkedMessages::message);
    }

    @Override
    public Optional<String> payload(long id) {
        return parked.payload(id).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<ParkedMessage> redrive(long id, String operator, String reason, Instant at) {
        return parked.redrive(id, operator, reason, at).map(OutboxParkedMessages::message);
    }

    private static ParkedMessage message(Summary row) {
        return new ParkedMessage(row.id(), row.messageId(), row.topic(), row.key(), row.type(), row.size(),
                row.reason(), row.writtenAt(), row.parkedAt(), row.redrivenAt(), row.redrivenBy(), row.redriveReason());
    }
}
