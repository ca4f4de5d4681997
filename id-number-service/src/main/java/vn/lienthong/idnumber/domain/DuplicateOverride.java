package vn.lienthong.idnumber.domain;

import java.util.Objects;

/**
 * A number issued although an earlier newborn matched: {@code reviewedBy} confirmed that the
 * child is not the one numbered {@code existing}. Recorded with the assignment.
 */
public record DuplicateOverride(PersonalIdNumber existing, String reviewedBy) {

    public DuplicateOverride {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
    }
}
