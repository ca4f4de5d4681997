package vn.lienthong.orchestrator.application.port.out.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.domain.audit.Actor;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;

/**
 * One thing to append to the audit: when, who ({@code actor}), what ({@code action} on
 * {@code target} through {@code endpoint}: method and path template, never query values), why
 * ({@code reason}, ops actions only) and what it did ({@code details}; null values are left out).
 * {@code details} never hold personal data: no names, ID numbers, dates of birth or addresses.
 */
public record AuditEntry(Instant at, Actor actor, AuditAction action, String target, String endpoint, String reason,
                         Map<String, Object> details) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Map<String, Object> present = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        details = Collections.unmodifiableMap(present);
    }

    /** What {@code by} did through its request. */
    public static AuditEntry of(Requester by, Instant at, AuditAction action, String target, String reason,
                                Map<String, Object> details) {
        return new AuditEntry(at, Actor.of(by.caller()), action, target, by.endpoint(), reason, details);
    }

    /** The token's subject. */
    public String operator() {
        return actor.subject();
    }
}
