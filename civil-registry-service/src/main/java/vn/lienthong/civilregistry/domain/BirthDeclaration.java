package vn.lienthong.civilregistry.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A checked declaration of a birth (tờ khai), as it goes into the register. {@code father} is
 * null when the father is unknown.
 */
public record BirthDeclaration(
        UUID dossierId,
        String portalDossierCode,
        CommuneCode registrationCommune,
        PersonalIdNumber childPersonalIdNumber,
        Newborn child,
        Parent mother,
        Parent father,
        Declarant declarant,
        boolean originalBirthStatementSeen) {

    public BirthDeclaration {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(registrationCommune, "registrationCommune");
        Objects.requireNonNull(childPersonalIdNumber, "childPersonalIdNumber");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(mother, "mother");
        Objects.requireNonNull(declarant, "declarant");
    }

    /** The same birth: same mother, same date of birth, same medical birth certificate. */
    public boolean isSameBirthAs(BirthDeclaration other) {
        return mother.personalIdNumber().equals(other.mother.personalIdNumber())
                && child.dateOfBirth().equals(other.child.dateOfBirth())
                && child.medicalBirthCertificateNumber().equals(other.child.medicalBirthCertificateNumber());
    }

    /** The same child: the same birth, or the same personal ID number. */
    public boolean isSameChildAs(BirthDeclaration other) {
        return childPersonalIdNumber.equals(other.childPersonalIdNumber) || isSameBirthAs(other);
    }
}
