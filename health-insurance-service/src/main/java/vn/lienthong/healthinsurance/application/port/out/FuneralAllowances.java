package vn.lienthong.healthinsurance.application.port.out;

import java.util.Optional;

import vn.lienthong.healthinsurance.domain.FuneralAllowance;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;

/** Every funeral allowance granted: one per deceased, whichever dossier asked. */
public interface FuneralAllowances {

    Optional<FuneralAllowance> findByDeceased(PersonalIdNumber deceased);

    /** Fails when the deceased's allowance is granted already, even by a concurrent claim. */
    void add(FuneralAllowance allowance);
}
