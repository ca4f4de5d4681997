package vn.lienthong.orchestrator.application.port.in;

import vn.lienthong.orchestrator.domain.dossier.DossierId;

/** A portal dossier code already used for a dossier with different content. */
public class ConflictingResubmissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DossierId existing;

    public ConflictingResubmissionException(DossierId existing) {
        super("portal dossier code already used with different content by dossier " + existing);
        this.existing = existing;
    }

    public DossierId existing() {
        return existing;
    }
}
