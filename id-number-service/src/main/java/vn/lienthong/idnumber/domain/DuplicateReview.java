package vn.lienthong.idnumber.domain;

import java.util.Objects;

/**
 * An officer's word, sent with a request, that the newborn is not the earlier citizen the
 * population database matched it with (a twin given the same name, say): {@code distinctFrom} is
 * that citizen's number as the refusal showed it, masked, or in full. Only a review naming the
 * matched citizen lets a number be issued despite the match.
 */
public record DuplicateReview(String distinctFrom, String reviewedBy) {

    public DuplicateReview {
        Objects.requireNonNull(distinctFrom, "distinctFrom");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
    }

    /** Whether {@code distinctFrom} is well formed: a number in full or as {@link PersonalIdNumber#masked()} shows it. */
    public static boolean isWellFormedReference(String distinctFrom) {
        return distinctFrom != null && (PersonalIdNumber.isWellFormed(distinctFrom) || PersonalIdNumber.isMasked(distinctFrom));
    }

    /** Whether the officer reviewed the match with {@code existing}. */
    public boolean covers(PersonalIdNumber existing) {
        return distinctFrom.equals(existing.value()) || distinctFrom.equals(existing.masked());
    }

    /** For logs: the officer's id only. */
    @Override
    public String toString() {
        return "DuplicateReview[reviewedBy=" + reviewedBy + "]";
    }
}
