package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A death written in the commune's death register, with its electronic extract. One per person: the
 * deceased's civil-status record is locked with it (Civil Status Law 2014, Art. 34(2)).
 */
public record DeathRegistration(
        DeathExtractNumber extractNumber,
        RegisterEntry entry,
        LocalDate registeredOn,
        boolean lateRegistration,
        DeathDeclaration declaration) {

    public UUID dossierId() {
        return declaration.dossierId();
    }

    public PersonalIdNumber deceased() {
        return declaration.deceasedPersonalIdNumber();
    }
}
