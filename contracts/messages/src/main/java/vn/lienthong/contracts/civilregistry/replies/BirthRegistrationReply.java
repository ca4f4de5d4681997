package vn.lienthong.contracts.civilregistry.replies;

import java.util.UUID;

/** Every answer of the civil-status database to a {@code RegisterBirth} command. */
public sealed interface BirthRegistrationReply permits BirthRegistered, BirthRegistrationRejected {

    UUID commandId();

    UUID dossierId();
}
