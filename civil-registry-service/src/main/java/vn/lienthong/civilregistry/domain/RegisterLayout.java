package vn.lienthong.civilregistry.domain;

import java.time.Year;

/**
 * How a commune's yearly register (of births, of deaths: one book per kind of event, Civil Status
 * Law 2014, Art. 58(1)) is split into volumes: a new volume begins every
 * {@code entriesPerVolume} entries, and entries are numbered from 1 within each volume.
 */
public record RegisterLayout(int entriesPerVolume) {

    public RegisterLayout {
        if (entriesPerVolume < 1) {
            throw new IllegalArgumentException("a volume holds at least one entry");
        }
    }

    /** The entry of the {@code serial}-th birth (from 1) registered in the commune in {@code year}. */
    public RegisterEntry entryFor(Year year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serials start at 1: " + serial);
        }
        long volume = (serial - 1) / entriesPerVolume + 1;
        int entry = (int) ((serial - 1) % entriesPerVolume) + 1;
        return new RegisterEntry("%02d/%04d".formatted(volume, year.getValue()), entry);
    }
}
