package vn.lienthong.contracts.civilregistry.replies;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.common.Rejection;

/**
 * The death was not registered; {@code reasons} say what must change. A death registered before
 * (code {@code DEATH_ALREADY_REGISTERED}) names the earlier entry and extract in its messages.
 */
public record DeathRegistrationRejected(
        UUID commandId,
        UUID dossierId,
        List<Rejection> reasons) implements DeathRegistrationReply {
}
