package vn.lienthong.idnumber.application.port.in;

import java.util.Optional;

import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

public interface FindCitizenUseCase {

    Optional<Citizen> find(PersonalIdNumber personalIdNumber);
}
