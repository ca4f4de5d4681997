package vn.lienthong.contracts.civilregistry.replies;

import java.util.UUID;

/** Every answer of the civil-status database to a {@code RegisterDeath} command. */
public sealed interface DeathRegistrationReply permits DeathRegistered, DeathRegistrationRejected {

    UUID commandId();

    UUID dossierId();
}
