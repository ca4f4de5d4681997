package vn.lienthong.civilregistry.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.lienthong.civilregistry.application.port.out.DeathRegistrations;
import vn.lienthong.civilregistry.domain.DeathExtractNumber;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

/** The death registers in a list, refusing what the database's unique constraints refuse. */
final class InMemoryDeathRegistrations implements DeathRegistrations {

    final List<DeathRegistration> entries = new ArrayList<>();

    @Override
    public Optional<DeathRegistration> findByDossier(UUID dossierId) {
        return entries.stream().filter(entry -> entry.dossierId().equals(dossierId)).findFirst();
    }

    @Override
    public Optional<DeathRegistration> findByExtractNumber(DeathExtractNumber number) {
        return entries.stream().filter(entry -> entry.extractNumber().equals(number)).findFirst();
    }

    @Override
    public Optional<DeathRegistration> findByDeceased(PersonalIdNumber deceased) {
        return entries.stream().filter(entry -> entry.deceased().equals(deceased)).findFirst();
    }

    @Override
    public void add(DeathRegistration registration) {
        if (findByDossier(registration.dossierId()).isPresent() || findByDeceased(registration.deceased()).isPresent()
                || findByExtractNumber(registration.extractNumber()).isPresent()) {
            throw new IllegalStateException("unique constraint");
        }
        entries.add(registration);
    }
}
