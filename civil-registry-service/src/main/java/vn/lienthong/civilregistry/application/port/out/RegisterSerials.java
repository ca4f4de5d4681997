package vn.lienthong.civilregistry.application.port.out;

import java.time.Year;

import vn.lienthong.civilregistry.domain.CommuneCode;

/** Counts the births written in each commune's register of a year, never handing out a serial twice. */
public interface RegisterSerials {

    /** The serial of the next entry, from 1, in the register of {@code commune} for {@code year}. */
    long next(CommuneCode commune, Year year);
}
