package vn.lienthong.orchestrator.application.port.in.audit;

import java.util.Map;
import java.util.function.Supplier;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;

/**
 * Runs what a request does and appends its audit entry in one transaction: the use cases it calls
 * join it, so the entry commits with what it records, and a request whose entry cannot be written
 * fails instead of going unaudited. Work that fails leaves no entry.
 */
public interface AuditedRequests {

    <T> T audited(Requester by, AuditAction action, Supplier<Audited<T>> work);

    /**
     * What the work answers, and what its entry says: {@code target} (e.g. {@code dossiers/<id>})
     * and {@code details}, which hold no personal data.
     */
    record Audited<T>(T result, String target, Map<String, Object> details) {
    }
}
