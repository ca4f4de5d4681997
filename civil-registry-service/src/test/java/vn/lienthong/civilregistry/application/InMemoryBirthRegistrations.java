package vn.lienthong.civilregistry.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.civilregistry.application.port.out.BirthRegistrations;
import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

/** The registers in a list, refusing what the database's unique constraints refuse. */
final class InMemoryBirthRegistrations implements BirthRegistrations {

    final List<BirthRegistration> entries = new ArrayList<>();

    @Override
    public Optional<BirthRegistration> findByDossier(UUID dossierId) {
        return entries.stream().filter(r -> r.dossierId().equals(dossierId)).findFirst();
    }

    @Override
    public Optional<BirthRegistration> findByCertificateNumber(BirthCertificateNumber number) {
        return entries.stream().filter(r -> r.certificateNumber().equals(number)).findFirst();
    }

    @Override
    public Optional<BirthRegistration> findByChild(PersonalIdNumber child) {
        return entries.stream().filter(r -> r.child().equals(child)).findFirst();
    }

    @Override
    public Optional<BirthRegistration> findSameChild(BirthDeclaration declaration) {
        return entries.stream().filter(r -> r.declaration().isSameChildAs(declaration)).findFirst();
    }

    @Override
    public void add(BirthRegistration registration) {
        if (findByDossier(registration.dossierId()).isPresent() || findSameChild(registration.declaration()).isPresent()
                || findByCertificateNumber(registration.certificateNumber()).isPresent()) {
            throw new IllegalStateException("unique constraint violated");
        }
        entries.add(registration);
    }
}
