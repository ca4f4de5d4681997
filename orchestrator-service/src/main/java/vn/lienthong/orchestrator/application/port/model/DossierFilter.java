package vn.lienthong.orchestrator.application.port.model;

import java.util.Set;

import vn.lienthong.orchestrator.domain.dossier.DossierStatus;

/**
 * Which dossiers a list shows. {@code communeCode} (one or more commune codes, comma-joined),
 * {@code status} and {@code worklist} are what the caller asked for (null: any); {@code visibleCommunes}
 * and {@code submittedBy} are what the caller may see (null: no limit), applied whatever was asked.
 */
public record DossierFilter(String communeCode, DossierStatus status, int page, int size, Set<String> visibleCommunes,
                            String submittedBy, WorklistCriteria worklist) {

    public DossierFilter {
        worklist = worklist == null ? WorklistCriteria.ANY : worklist;
    }

    public DossierFilter(String communeCode, DossierStatus status, int page, int size, Set<String> visibleCommunes,
                         String submittedBy) {
        this(communeCode, status, page, size, visibleCommunes, submittedBy, WorklistCriteria.ANY);
    }

    /** A filter with no limit of visibility, for those who see every dossier. */
    public DossierFilter(String communeCode, DossierStatus status, int page, int size) {
        this(communeCode, status, page, size, null, null);
    }

    public DossierFilter visibleTo(Set<String> communes, String submitter) {
        return new DossierFilter(communeCode, status, page, size, communes == null ? null : Set.copyOf(communes), submitter,
                worklist);
    }

    public DossierFilter narrowedTo(WorklistCriteria criteria) {
        return new DossierFilter(communeCode, status, page, size, visibleCommunes, submittedBy, criteria);
    }
}
