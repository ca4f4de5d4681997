package vn.lienthong.healthinsurance.application.port.out;

import java.util.Optional;

import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;

/** Every card issued. A holder has at most one. */
public interface HealthInsuranceCards {

    Optional<HealthInsuranceCard> findByHolder(PersonalIdNumber holder);

    void add(HealthInsuranceCard card);
}
