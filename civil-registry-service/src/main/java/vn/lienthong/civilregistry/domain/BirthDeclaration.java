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

    /**
     * The same birth: same mother, same date of birth, and the same medical birth certificate; for a
     * birth without a certificate (outside a health facility), the same child's name instead.
     */
    public boolean isSameBirthAs(BirthDeclaration other) {
        if (!mother.personalIdNumber().equals(other.mother.personalIdNumber())
                || !child.dateOfBirth().equals(other.child.dateOfBirth())) {
            return false;
        }
        String certificate = child.medicalBirthCertificateNumber();
        String otherCertificate = other.child.medicalBirthCertificateNumber();
        if (certificate == null || otherCertificate == null) {
            return certificate == null && otherCertificate == null
                    && child.fullName().equalsIgnoreCase(other.child.fullName());
        }
        return certificate.equals(otherCertificate);
    }

    /** The same child: the same birth, or the same personal ID number. */
    public boolean isSameChildAs(BirthDeclaration other) {
        return childPersonalIdNumber.equals(other.childPersonalIdNumber) || isSameBirthAs(other);
    }
}
