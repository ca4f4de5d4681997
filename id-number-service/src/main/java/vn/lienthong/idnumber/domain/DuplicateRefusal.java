package vn.lienthong.idnumber.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * No number for this request: the newborn matches the citizen numbered {@code existing} (see
 * {@link ChildIdentity}), and no officer confirmed it is another child. Kept, so that the same
 * request sent again gets the same answer. {@code review} is the review the request carried, if
 * any, that did not name {@code existing}.
 */
public record DuplicateRefusal(String requestId, BirthDeclaration declaration, DuplicateReview review,
                               PersonalIdNumber existing, Instant refusedAt) {

    public DuplicateRefusal {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(refusedAt, "refusedAt");
    }

    /** The request fields the earlier citizen matched. */
    public List<String> matchedFields() {
        return ChildIdentity.MATCHED_FIELDS;
    }

    /** Whether a request with this data is the one refused. */
    public boolean answers(BirthDeclaration otherDeclaration, DuplicateReview otherReview) {
        return declaration.equals(otherDeclaration) && Objects.equals(review, otherReview);
    }
}
