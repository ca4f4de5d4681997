package vn.lienthong.contracts.civilregistry.replies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The death is in the commune's death register: {@code registerVolume} (quyển số) and
 * {@code entryNumber} locate the entry; {@code deathExtractNumber} identifies the electronic death
 * extract (trích lục khai tử), for example {@code KT-25450-2026-000017}. {@code lateRegistration}
 * is true when the death was declared more than 15 days after it happened (Civil Status Law 2014,
 * Art. 33(1)): registered all the same, flagged for the officer.
 */
public record DeathRegistered(
        UUID commandId,
        UUID dossierId,
        String registerVolume,
        int entryNumber,
        String deathExtractNumber,
        LocalDate registeredOn,
        boolean lateRegistration) implements DeathRegistrationReply {
}
