package vn.lienthong.civilregistry.domain;

import java.util.regex.Pattern;

/**
 * Where a birth is written in the commune's register: the volume ("quyển số", such as
 * {@code 01/2026}: volume 1 of the 2026 register) and the entry number within that volume.
 */
public record RegisterEntry(String volume, int entryNumber) {

    private static final Pattern VOLUME = Pattern.compile("\\d{2,}/\\d{4}");

    public RegisterEntry {
        if (volume == null || !VOLUME.matcher(volume).matches()) {
            throw new IllegalArgumentException("not a register volume: " + volume);
        }
        if (entryNumber < 1) {
            throw new IllegalArgumentException("entry numbers start at 1: " + entryNumber);
        }
    }
}
