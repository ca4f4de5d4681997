package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.audit.AuditedRequests;
import vn.lienthong.orchestrator.application.port.in.audit.AuditedRequests.Audited;
import vn.lienthong.orchestrator.application.port.in.ops.ParkedMessagesUseCase;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.model.ops.ParkedMessage;

/**
 * Messages the orchestrator's outbox could never send as they were: list (without payloads),
 * inspect one (with its payload), and write one to the outbox again, once.
 */
@RestController
@RequestMapping("/api/v1/ops/parked-messages")
public class ParkedMessageController {

    private final ParkedMessagesUseCase parked;
    private final AuditedRequests audit;

    public ParkedMessageController(ParkedMessagesUseCase parked, AuditedRequests audit) {
        this.parked = parked;
        this.audit = audit;
    }

    /** Newest first. */
    @GetMapping
    public PageView<SummaryView> list(@RequestParam(required = false) String topic,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        var input = new OpsInput();
        input.page(page);
        input.size(size);
        input.check();
        return PageView.of(parked.list(OpsInput.blankToNull(topic), page, size), SummaryView::of);
    }

    /** The message with its payload, which may hold personal data: each read is audited. */
    @GetMapping("/{id}")
    public MessageView get(@PathVariable String id, Requester by) {
        var input = new OpsInput();
        long which = input.number("id", id, 1, Long.MAX_VALUE);
        input.check();
        return audit.audited(by, AuditAction.READ_PARKED_MESSAGE, () -> {
            var found = parked.find(which);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("topic", found.message().topic());
            details.put("dossierId", OpsInput.idOrNull(found.message().key()));
            details.put("messageType", found.message().messageType());
            return new Audited<>(new MessageView(SummaryView.of(found.message()), found.payload()),
                    "parked-messages/" + which, details);
        });
    }

    @PostMapping("/{id}/redrive")
    public RedriveView redrive(@PathVariable String id, @RequestBody(required = false) OpsActionRequest request,
                               Requester by) {
        var input = new OpsInput();
        long which = input.number("id", id, 1, Long.MAX_VALUE);
        return RedriveView.of(parked.redrive(which, input.attribution(by, request)));
    }

    /** A parked message without its payload; the redrive fields are left out until it is redriven. */
    public record SummaryView(long id, UUID messageId, String topic, String key, String messageType, int size,
                              String reason, Instant writtenAt, Instant parkedAt, boolean redriven, String redrivenBy,
                              Instant redrivenAt, String redriveReason) {

        static SummaryView of(ParkedMessage message) {
            return new SummaryView(message.id(), message.messageId(), message.topic(), message.key(),
                    message.messageType(), message.size(), message.reason(), message.writtenAt(), message.parkedAt(),
                    message.redriven(), message.redrivenBy(), message.redrivenAt(), message.redriveReason());
        }
    }

    /** The message in full: {@code payload} is its JSON as it was written. */
    public record MessageView(SummaryView message, String payload) {
    }

    /** Written to the outbox again: the relay sends it within a second, or parks it again. */
    public record RedriveView(long id, String topic, String key, String messageType, String sentTo,
                              String redrivenBy, Instant redrivenAt, String reason) {

        static RedriveView of(ParkedMessage message) {
            return new RedriveView(message.id(), message.topic(), message.key(), message.messageType(), "outbox",
                    message.redrivenBy(), message.redrivenAt(), message.redriveReason());
        }
    }
}
