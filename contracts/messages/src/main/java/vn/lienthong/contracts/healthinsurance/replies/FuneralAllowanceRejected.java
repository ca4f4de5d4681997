package vn.lienthong.contracts.healthinsurance.replies;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.common.Rejection;

/**
 * The claim cannot be decided as sent; {@code reasons} say what must change (a missing or malformed
 * field, a late claim without its explanation) or that a person must decide it.
 */
public record FuneralAllowanceRejected(
        UUID commandId,
        UUID dossierId,
        List<Rejection> reasons) implements FuneralAllowanceReply {
}
