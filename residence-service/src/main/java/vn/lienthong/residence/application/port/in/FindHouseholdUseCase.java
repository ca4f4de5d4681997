package vn.lienthong.residence.application.port.in;

import java.util.Optional;

import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;

public interface FindHouseholdUseCase {

    Optional<Household> findHousehold(HouseholdNumber number);
}
