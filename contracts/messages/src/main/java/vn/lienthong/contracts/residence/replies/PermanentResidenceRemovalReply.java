package vn.lienthong.contracts.residence.replies;

import java.util.UUID;

/** Every answer of the residence database to a {@code RemovePermanentResidence} command. */
public sealed interface PermanentResidenceRemovalReply
        permits PermanentResidenceRemoved, NoPermanentResidenceRegistered, PermanentResidenceRemovalRejected {

    UUID commandId();

    UUID dossierId();
}
