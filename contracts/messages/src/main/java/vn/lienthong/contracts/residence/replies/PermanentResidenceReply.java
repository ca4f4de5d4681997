package vn.lienthong.contracts.residence.replies;

import java.util.UUID;

/** Every answer of the residence database to a {@code RegisterPermanentResidence} command. */
public sealed interface PermanentResidenceReply permits PermanentResidenceRegistered, PermanentResidenceRejected {

    UUID commandId();

    UUID dossierId();
}
