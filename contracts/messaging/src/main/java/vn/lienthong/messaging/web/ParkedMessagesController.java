package vn.lienthong.messaging.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.messaging.ParkedMessages;
import vn.lienthong.rules.field.FieldCodes;

/**
 * A service's parked outbox messages: list them (newest first, without payloads), inspect one
 * (with its payload), and write one to the outbox again, once, naming who and why. The redrive's
 * operator, reason and time are kept on the parked message itself, which is this service's audit
 * record of it.
 */
@RestController
@RequestMapping("/api/v1/ops/parked-messages")
class ParkedMessagesController {

    private static final Logger log = LoggerFactory.getLogger(ParkedMessagesController.class);
    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_OPERATOR = 100;
    private static final int MAX_REASON = 1000;

    private final ParkedMessages parked;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    ParkedMessagesController(ParkedMessages parked, TransactionTemplate transactions) {
        this.parked = parked;
        this.transactions = transactions;
    }

    @GetMapping
    Listing list(@RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") String page,
                 @RequestParam(defaultValue = "50") String size) {
        List<Fault> faults = new ArrayList<>();
        int p = (int) number(faults, "page", page, 0, Integer.MAX_VALUE);
        int s = (int) number(faults, "size", size, 1, MAX_PAGE_SIZE);
        check(faults);
        var found = parked.page(topic == null || topic.isBlank() ? null : topic.strip(), p, s);
        return new Listing(found.items().stream().map(Summary::of).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @GetMapping("/{id}")
    Message get(@PathVariable String id) {
        List<Fault> faults = new ArrayList<>();
        long which = number(faults, "id", id, 1, Long.MAX_VALUE);
        check(faults);
        var summary = parked.find(which).orElseThrow(() -> new ParkedMessageNotFound(which));
        return new Message(Summary.of(summary),
                parked.payload(which).map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(null));
    }

    @PostMapping("/{id}/redrive")
    Redriven redrive(@PathVariable String id, @RequestBody(required = false) RedriveRequest request) {
        List<Fault> faults = new ArrayList<>();
        long which = number(faults, "id", id, 1, Long.MAX_VALUE);
        String operator = text(faults, "operator", request == null ? null : request.operator(), MAX_OPERATOR,
                "Người thực hiện", "operator");
        String reason = text(faults, "reason", request == null ? null : request.reason(), MAX_REASON, "Lý do", "reason");
        check(faults);
        var redriven = transactions.execute(status -> parked.redrive(which, operator, reason, clock.instant())
                .orElseThrow(() -> new AlreadyRedriven(parked.find(which)
                        .orElseThrow(() -> new ParkedMessageNotFound(which)))));
        log.info("Parked message {} ({} for {}) redriven by {}: {}", which, redriven.type(), redriven.topic(), operator,
                reason);
        return new Redriven(which, redriven.topic(), redriven.key(), redriven.type(), "outbox", operator,
                redriven.redrivenAt(), reason);
    }

    private static long number(List<Fault> faults, String field, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        faults.add(new Fault(field, "INVALID_VALUE", "Phải là số nguyên từ " + min + " đến " + max + ".",
                field + " must be a whole number from " + min + " to " + max + "."));
        return min;
    }

    private static String text(List<Fault> faults, String field, String value, int max, String vi, String en) {
        if (value == null || value.isBlank()) {
            faults.add(new Fault(field, FieldCodes.REQUIRED, vi + " là bắt buộc.", en + " is required."));
            return null;
        }
        if (value.strip().length() > max) {
            faults.add(new Fault(field, "TOO_LONG", vi + " dài quá " + max + " ký tự.",
                    en + " is longer than " + max + " characters."));
        }
        return value.strip();
    }

    private static void check(List<Fault> faults) {
        if (!faults.isEmpty()) {
            throw new InvalidParkedMessageRequest(faults);
        }
    }

    record RedriveRequest(String operator, String reason) {
    }

    record Listing(List<Summary> items, int page, int size, long totalItems) {
    }

    record Summary(long id, UUID messageId, String topic, String key, String messageType, int size, String reason,
                   Instant writtenAt, Instant parkedAt, boolean redriven, String redrivenBy, Instant redrivenAt,
                   String redriveReason) {

        static Summary of(ParkedMessages.Summary row) {
            return new Summary(row.id(), row.messageId(), row.topic(), row.key(), row.type(), row.size(), row.reason(),
                    row.writtenAt(), row.parkedAt(), row.redriven(), row.redrivenBy(), row.redrivenAt(),
                    row.redriveReason());
        }
    }

    record Message(Summary message, String payload) {
    }

    record Redriven(long id, String topic, String key, String messageType, String sentTo, String redrivenBy,
                    Instant redrivenAt, String reason) {
    }

    /** One input at fault: Vietnamese first, then English. */
    record Fault(String field, String code, String message, String messageEn) {
    }

    static class InvalidParkedMessageRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient List<Fault> faults;

        InvalidParkedMessageRequest(List<Fault> faults) {
            super("invalid request: " + faults.stream().map(Fault::field).toList());
            this.faults = List.copyOf(faults);
        }
    }

    static class ParkedMessageNotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ParkedMessageNotFound(long id) {
            super("no parked message " + id);
        }
    }

    static class AlreadyRedriven extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient ParkedMessages.Summary earlier;

        AlreadyRedriven(ParkedMessages.Summary earlier) {
            super("parked message " + earlier.id() + " was already redriven by " + earlier.redrivenBy() + " at "
                    + earlier.redrivenAt());
            this.earlier = earlier;
        }
    }
}
