package vn.lienthong.healthinsurance.application.port.out;

import java.util.Optional;

import vn.lienthong.healthinsurance.domain.InsuranceRecord;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;

/** What social insurance knows of each person: contributions, monthly benefits, other schemes. */
public interface InsuranceRecords {

    Optional<InsuranceRecord> find(PersonalIdNumber person);
}
