package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A birth written in the register, with its electronic certificate. One per child. */
public record BirthRegistration(
        BirthCertificateNumber certificateNumber,
        RegisterEntry entry,
        LocalDate registeredOn,
        boolean lateRegistration,
        BirthDeclaration declaration) {

    public UUID dossierId() {
        return declaration.dossierId();
    }

    public PersonalIdNumber child() {
        return declaration.childPersonalIdNumber();
    }
}
