package vn.lienthong.healthinsurance.application.port.out;

import java.util.Optional;

import vn.lienthong.healthinsurance.domain.InitialCareFacility;

/** Facilities that accept first-line registrations. */
public interface CareFacilities {

    Optional<InitialCareFacility> find(String code);
}
