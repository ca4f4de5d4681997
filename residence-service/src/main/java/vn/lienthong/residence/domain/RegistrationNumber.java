package vn.lienthong.residence.domain;

/**
 * The number of a permanent-residence registration: {@code TT-}, commune code, year, then a
 * 6-digit serial that the commune starts afresh each year. Example: {@code TT-25450-2026-000045}.
 */
public record RegistrationNumber(String value) {

    public RegistrationNumber {
        if (value == null || !value.matches("TT-\\d{5}-\\d{4}-\\d{6}")) {
            throw new IllegalArgumentException("not a registration number: " + value);
        }
    }

    public static RegistrationNumber of(CommuneCode commune, int year, long serial) {
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return new RegistrationNumber("TT-%s-%04d-%06d".formatted(commune.value(), year, serial));
    }
}
