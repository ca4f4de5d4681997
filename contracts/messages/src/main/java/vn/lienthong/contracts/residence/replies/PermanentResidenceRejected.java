package vn.lienthong.contracts.residence.replies;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.common.Rejection;

/** Permanent residence was not registered; {@code reasons} say what must change. */
public record PermanentResidenceRejected(
        UUID commandId,
        UUID dossierId,
        List<Rejection> reasons) implements PermanentResidenceReply {
}
