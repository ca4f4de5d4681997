package vn.lienthong.contracts.residence.replies;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.common.Rejection;

/** The registration was not removed; {@code reasons} say what must change. */
public record PermanentResidenceRemovalRejected(
        UUID commandId,
        UUID dossierId,
        List<Rejection> reasons) implements PermanentResidenceRemovalReply {
}
