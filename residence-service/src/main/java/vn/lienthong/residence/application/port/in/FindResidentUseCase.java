package vn.lienthong.residence.application.port.in;

import java.util.Optional;

import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Resident;

public interface FindResidentUseCase {

    Optional<Resident> findResident(PersonalIdNumber person);
}
