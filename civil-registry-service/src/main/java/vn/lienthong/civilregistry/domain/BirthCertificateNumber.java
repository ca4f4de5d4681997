package vn.lienthong.civilregistry.domain;

import java.time.Year;
import java.util.regex.Pattern;

/**
 * The number of the electronic birth certificate: {@code KS}, the commune, the register year and
 * the entry's serial in that year's register, for example {@code KS-25450-2026-000123}. Commune,
 * year and serial together are unique, so the number is too.
 */
public record BirthCertificateNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("KS-\\d{5}-\\d{4}-\\d{6}");
    private static final long MAX_SERIAL = 999_999;

    public BirthCertificateNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a birth certificate number: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static BirthCertificateNumber of(CommuneCode commune, Year year, long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return new BirthCertificateNumber("KS-%s-%04d-%06d".formatted(commune.value(), year.getValue(), serial));
    }
}
