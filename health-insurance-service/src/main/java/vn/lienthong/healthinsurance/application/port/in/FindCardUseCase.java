package vn.lienthong.healthinsurance.application.port.in;

import java.util.Optional;

import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;

public interface FindCardUseCase {

    Optional<HealthInsuranceCard> findByHolder(PersonalIdNumber holder);
}
