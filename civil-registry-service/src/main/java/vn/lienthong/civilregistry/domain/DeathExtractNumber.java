package vn.lienthong.civilregistry.domain;

import java.time.Year;
import java.util.regex.Pattern;

/**
 * The number of the electronic death extract (trích lục khai tử): {@code KT}, the commune, the
 * register year and the entry's serial in that year's death register, for example
 * {@code KT-25450-2026-000017}. Commune, year and serial together are unique, so the number is too.
 * It names a register entry, not a person.
 */
public record DeathExtractNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("KT-\\d{5}-\\d{4}-\\d{6}");
    private static final long MAX_SERIAL = 999_999;

    public DeathExtractNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a death extract number: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static DeathExtractNumber of(CommuneCode commune, Year year, long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return new DeathExtractNumber("KT-%s-%04d-%06d".formatted(commune.value(), year.getValue(), serial));
    }
}
