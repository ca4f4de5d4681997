package vn.lienthong.civilregistry.application.port.out;

import java.util.Optional;
import java.util.UUID;

import vn.lienthong.civilregistry.domain.DeathExtractNumber;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

/** The death registers of all communes. A person and a dossier each have at most one death registration. */
public interface DeathRegistrations {

    Optional<DeathRegistration> findByDossier(UUID dossierId);

    Optional<DeathRegistration> findByExtractNumber(DeathExtractNumber number);

    Optional<DeathRegistration> findByDeceased(PersonalIdNumber deceased);

    /** Fails when the person, the dossier or the register entry is already taken, even by a concurrent registration. */
    void add(DeathRegistration registration);
}
