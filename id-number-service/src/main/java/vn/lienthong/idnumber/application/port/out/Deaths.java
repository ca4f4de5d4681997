package vn.lienthong.idnumber.application.port.out;

import java.util.Optional;

import vn.lienthong.idnumber.domain.DeathRecord;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/** The deaths recorded, one per citizen, each with the request that recorded it. */
public interface Deaths {

    Optional<DeathRecord> findByRequest(String requestId);

    Optional<DeathRecord> findByPerson(PersonalIdNumber person);

    /**
     * Records the death and marks the citizen deceased, both or neither. Nothing is recorded when
     * the request id was answered meanwhile or the citizen's death is recorded already.
     */
    Outcome record(DeathRecord death);

    enum Outcome {
        RECORDED,
        REQUEST_ID_TAKEN,
        PERSON_TAKEN
    }
}
