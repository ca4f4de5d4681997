package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.lienthong.orchestrator.application.port.in.ops.DeadLettersUseCase;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetter;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterSummary;
import vn.lienthong.orchestrator.application.port.model.ops.Redrive;

/** Dead-lettered records: list, inspect, and send one back to the topic it came from, once. */
@RestController
@RequestMapping("/api/v1/ops/dead-letters")
public class DeadLetterController {

    private static final int MAX_LIMIT = 500;

    private final DeadLettersUseCase deadLetters;
    private final AuditedRequests audit;

    public DeadLetterController(DeadLettersUseCase deadLetters, AuditedRequests audit) {
        this.deadLetters = deadLetters;
        this.audit = audit;
    }

    /** Newest first; without {@code topic}, every dead-letter topic of the system. */
    @GetMapping
    public Listing list(@RequestParam(required = false) String topic, @RequestParam(defaultValue = "50") String limit) {
        var input = new OpsInput();
        String which = OpsInput.blankToNull(topic);
        if (which != null) {
            knownTopic(input, which);
        }
        int most = (int) input.number("limit", limit, 1, MAX_LIMIT);
        input.check();
        List<String> topics = which == null ? deadLetters.topics() : List.of(which);
        return new Listing(topics, deadLetters.list(which, most).stream().map(SummaryView::of).toList());
    }

    /** The record with its payload, which may hold personal data: each read is audited. */
    @GetMapping("/{topic}/{partition}/{offset}")
    public LetterView get(@PathVariable String topic, @PathVariable String partition, @PathVariable String offset,
                          Requester by) {
        DeadLetterRef ref = ref(new OpsInput(), topic, partition, offset, true);
        return audit.audited(by, AuditAction.READ_DEAD_LETTER, () -> {
            var found = deadLetters.find(ref);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("dossierId", OpsInput.idOrNull(found.letter().key()));
            return new Audited<>(LetterView.of(found.letter(), found.redrive()), "dead-letters/" + ref, details);
        });
    }

    @PostMapping("/{topic}/{partition}/{offset}/redrive")
    public RedriveView redrive(@PathVariable String topic, @PathVariable String partition, @PathVariable String offset,
                               @RequestBody(required = false) OpsActionRequest request,
                               Requester by) {
        var input = new OpsInput();
        DeadLetterRef ref = ref(input, topic, partition, offset, false);
        var redriven = deadLetters.redrive(ref, input.attribution(by, request));
        return RedriveView.of(redriven.redrive(), redriven.sent().topic());
    }

    private DeadLetterRef ref(OpsInput input, String topic, String partition, String offset, boolean check) {
        knownTopic(input, topic);
        int p = (int) input.number("partition", partition, 0, Integer.MAX_VALUE);
        long o = input.number("offset", offset, 0, Long.MAX_VALUE);
        if (check) {
            input.check();
        }
        return new DeadLetterRef(topic, p, o);
    }

    private void knownTopic(OpsInput input, String topic) {
        if (!deadLetters.topics().contains(topic)) {
            String allowed = String.join(", ", deadLetters.topics());
            input.fault("topic", "INVALID_VALUE", "Không phải hàng đợi thư lỗi của hệ thống; chọn một trong: " + allowed + ".",
                    "topic must be one of the system's dead-letter topics: " + allowed + ".");
        }
    }

    public record Listing(List<String> topics, List<SummaryView> items) {
    }

    public record SummaryView(String topic, int partition, long offset, String key, String messageType, String reason,
                              Instant timestamp, boolean redriven) {

        static SummaryView of(DeadLetterSummary letter) {
            return new SummaryView(letter.ref().topic(), letter.ref().partition(), letter.ref().offset(), letter.key(),
                    letter.messageType(), letter.reason(), letter.timestamp(), letter.redriven());
        }
    }

    /** The record in full; {@code redrivenBy} and {@code redrivenAt} are null until it is redriven. */
    public record LetterView(String topic, int partition, long offset, String key, Instant timestamp,
                             List<DeadLetter.Header> headers, String payload, boolean redriven, String redrivenBy,
                             Instant redrivenAt) {

        static LetterView of(DeadLetter letter, Redrive redrive) {
            return new LetterView(letter.ref().topic(), letter.ref().partition(), letter.ref().offset(), letter.key(),
                    letter.timestamp(), letter.headers(), letter.payload(), redrive != null,
                    redrive == null ? null : redrive.operator(), redrive == null ? null : redrive.at());
        }
    }

    public record RedriveView(String topic, int partition, long offset, String sentTo, String redrivenBy,
                              Instant redrivenAt, String reason) {

        static RedriveView of(Redrive redrive, String sentTo) {
            return new RedriveView(redrive.ref().topic(), redrive.ref().partition(), redrive.ref().offset(), sentTo,
                    redrive.operator(), redrive.at(), redrive.reason());
        }
    }
}
