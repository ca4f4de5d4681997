package vn.lienthong.orchestrator.application.ops;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lienthong.orchestrator.application.port.in.ops.AlreadyRedrivenException;
import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.in.ops.DeadLetterNotFoundException;
import vn.lienthong.orchestrator.application.port.in.ops.DeadLettersUseCase;
import vn.lienthong.orchestrator.application.port.out.Transactions;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.out.audit.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.audit.AuditLog;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterSummary;
import vn.lienthong.orchestrator.application.port.out.ops.DeadLetters;
import vn.lienthong.orchestrator.application.port.model.ops.Redrive;
import vn.lienthong.orchestrator.application.port.out.ops.Redrives;

/**
 * Dead letters. A redrive is recorded before the record is sent and committed only once the
 * broker acknowledged it: a failed send leaves the record redrivable, a second redrive is refused.
 */
public class DeadLetterService implements DeadLettersUseCase {

    private final DeadLetters deadLetters;
    private final Redrives redrives;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public DeadLetterService(DeadLetters deadLetters, Redrives redrives, AuditLog audit, Transactions transactions,
                             Clock clock) {
        this.deadLetters = deadLetters;
        this.redrives = redrives;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<String> topics() {
        return deadLetters.topics();
    }

    @Override
    public List<DeadLetterSummary> list(String topic, int limit) {
        List<String> topics = topic == null ? deadLetters.topics() : List.of(known(topic));
        List<DeadLetterSummary> letters = deadLetters.list(topics, limit);
        Set<DeadLetterRef> redriven = redrives.redriven(letters.stream().map(DeadLetterSummary::ref).toList());
        return letters.stream().map(letter -> letter.withRedriven(redriven.contains(letter.ref()))).toList();
    }

    @Override
    public Found find(DeadLetterRef ref) {
        known(ref.topic());
        var letter = deadLetters.find(ref).orElseThrow(() -> new DeadLetterNotFoundException(ref));
        return new Found(letter, redrives.find(ref).orElse(null));
    }

    @Override
    public Redriven redrive(DeadLetterRef ref, Attribution by) {
        known(ref.topic());
        return transactions.inTransaction(() -> {
            var redrive = new Redrive(ref, by.operator(), clock.instant(), by.reason());
            if (!redrives.claim(redrive)) {
                throw new AlreadyRedrivenException(redrives.find(ref).orElse(redrive));
            }
            var sent = deadLetters.republish(ref).orElseThrow(() -> new DeadLetterNotFoundException(ref));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("sentTo", sent.topic());
            details.put("key", sent.key());
            details.put("messageType", sent.messageType());
            audit.record(AuditEntry.of(by.requester(), redrive.at(), AuditAction.REDRIVE_DEAD_LETTER,
                    "dead-letters/" + ref, by.reason(), details));
            return new Redriven(redrive, sent);
        });
    }

    private String known(String topic) {
        if (!deadLetters.topics().contains(topic)) {
            throw new IllegalArgumentException("not a dead-letter topic of this system: " + topic);
        }
        return topic;
    }
}
