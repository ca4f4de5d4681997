package vn.lienthong.civilregistry.application.port.out;

import java.util.Optional;
import java.util.UUID;

import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

/** The birth registers of all communes. A child and a dossier each have at most one registration. */
public interface BirthRegistrations {

    Optional<BirthRegistration> findByDossier(UUID dossierId);

    Optional<BirthRegistration> findByCertificateNumber(BirthCertificateNumber number);

    Optional<BirthRegistration> findByChild(PersonalIdNumber child);

    /**
     * A registration of the same child as {@code declaration}: the same personal ID number, or the
     * same mother, date of birth and medical birth certificate.
     */
    Optional<BirthRegistration> findSameChild(BirthDeclaration declaration);

    /** Fails when the child, the dossier or the register entry is already taken, even by a concurrent registration. */
    void add(BirthRegistration registration);
}
