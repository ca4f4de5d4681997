package vn.lienthong.civilregistry.application.port.in;

import java.util.Optional;

import vn.lienthong.civilregistry.domain.DeathExtractNumber;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

public interface FindDeathRegistrationUseCase {

    Optional<DeathRegistration> findByExtractNumber(DeathExtractNumber number);

    Optional<DeathRegistration> findByDeceased(PersonalIdNumber deceased);
}
