package vn.lienthong.idnumber.application.port.out;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/** Every person the population database knows. */
public interface Citizens {

    Optional<Citizen> find(PersonalIdNumber personalIdNumber);

    /** Those of {@code personalIdNumbers} the database knows; one look-up for all of them. */
    default Map<PersonalIdNumber, Citizen> findAll(Collection<PersonalIdNumber> personalIdNumbers) {
        Map<PersonalIdNumber, Citizen> found = new HashMap<>();
        personalIdNumbers.forEach(number -> find(number).ifPresent(citizen -> found.put(number, citizen)));
        return found;
    }
}
