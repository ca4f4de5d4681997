package vn.lienthong.contracts.civilregistry.replies;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.common.Rejection;

/** The birth was not registered; {@code reasons} say what must change. */
public record BirthRegistrationRejected(
        UUID commandId,
        UUID dossierId,
        List<Rejection> reasons) implements BirthRegistrationReply {
}
