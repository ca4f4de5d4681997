package vn.lienthong.idnumber.application.port.out;

import java.util.Optional;

import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/** Every person the population database knows. */
public interface Citizens {

    Optional<Citizen> find(PersonalIdNumber personalIdNumber);

    boolean exists(PersonalIdNumber personalIdNumber);
}
