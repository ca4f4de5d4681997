package vn.lienthong.idnumber.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * No number for this request: a parent is recorded otherwise than the request declares them.
 * Kept, so that the same request sent again gets the same answer even after the records change;
 * {@code requestDigest} tells the same request from a reused request id with other data.
 */
public record ParentDataHold(String requestId, String requestDigest, List<RecordedParent> parents, Instant heldAt) {

    public ParentDataHold {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requestDigest, "requestDigest");
        Objects.requireNonNull(heldAt, "heldAt");
        parents = List.copyOf(parents);
    }
}
