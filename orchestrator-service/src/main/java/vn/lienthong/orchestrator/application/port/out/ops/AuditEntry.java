package vn.lienthong.orchestrator.application.port.out.ops;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ops action: who ({@code operator}), when, what ({@code action} on {@code target}), why,
 * and what it did ({@code details}, stored as JSON; null values are left out). {@code id} is null
 * until stored.
 */
public record AuditEntry(Long id, Instant at, String operator, OpsAction action, String target, String reason,
                         Map<String, Object> details) {

    public AuditEntry {
        Map<String, Object> present = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        details = Collections.unmodifiableMap(present);
    }
}
