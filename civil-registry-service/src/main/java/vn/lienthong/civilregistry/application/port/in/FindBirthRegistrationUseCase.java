package vn.lienthong.civilregistry.application.port.in;

import java.util.Optional;

import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;

public interface FindBirthRegistrationUseCase {

    Optional<BirthRegistration> findByCertificateNumber(BirthCertificateNumber number);

    Optional<BirthRegistration> findByChild(PersonalIdNumber child);
}
