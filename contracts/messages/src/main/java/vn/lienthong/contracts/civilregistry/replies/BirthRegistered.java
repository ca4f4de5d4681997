package vn.lienthong.contracts.civilregistry.replies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The birth is in the register: {@code registerVolume} (quyển số) and {@code entryNumber} locate the
 * entry; {@code birthCertificateNumber} identifies the electronic birth certificate.
 * {@code lateRegistration} is true when the birth was registered more than 60 days after it happened.
 */
public record BirthRegistered(
        UUID commandId,
        UUID dossierId,
        String registerVolume,
        int entryNumber,
        String birthCertificateNumber,
        LocalDate registeredOn,
        boolean lateRegistration) implements BirthRegistrationReply {
}
