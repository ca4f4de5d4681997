package vn.lienthong.orchestrator.domain.dossier;

import java.util.Objects;

/**
 * The population database found a citizen who may be this dossier's child: the same mother,
 * name, sex and date of birth. {@code existingPersonalIdNumber} is that citizen's number as the
 * database showed it, masked (e.g. {@code 0753******04}). {@code confirmedDistinctBy} is the
 * officer who confirmed that the child is another one (twins given the same name), or null while
 * no one has.
 */
public record DuplicateReview(String existingPersonalIdNumber, String confirmedDistinctBy) {

    public DuplicateReview {
        Objects.requireNonNull(existingPersonalIdNumber, "existingPersonalIdNumber");
    }

    static DuplicateReview pending(String existingPersonalIdNumber) {
        return new DuplicateReview(existingPersonalIdNumber, null);
    }

    DuplicateReview confirmedDistinctBy(String officerId) {
        return new DuplicateReview(existingPersonalIdNumber, officerId);
    }

    public boolean confirmedDistinct() {
        return confirmedDistinctBy != null;
    }
}
