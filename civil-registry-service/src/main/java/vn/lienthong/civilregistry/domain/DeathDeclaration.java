package vn.lienthong.civilregistry.domain;

import java.util.Objects;
import java.util.UUID;

/** A checked declaration of a death (tờ khai khai tử), as it goes into the death register. */
public record DeathDeclaration(
        UUID dossierId,
        String portalDossierCode,
        CommuneCode registrationCommune,
        PersonalIdNumber deceasedPersonalIdNumber,
        Deceased deceased,
        Death death,
        DeathDeclarant declarant) {

    public DeathDeclaration {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(registrationCommune, "registrationCommune");
        Objects.requireNonNull(deceasedPersonalIdNumber, "deceasedPersonalIdNumber");
        Objects.requireNonNull(deceased, "deceased");
        Objects.requireNonNull(death, "death");
        Objects.requireNonNull(declarant, "declarant");
    }

    /**
     * The commune that must register the death (Civil Status Law 2014, Art. 32): that of the last
     * residence; when it is not known, that of the place where the person died or was found.
     */
    public String competentCommuneCode() {
        return deceased.lastResidenceKnown() ? deceased.lastResidenceCommuneCode() : death.place().communeCode();
    }
}
