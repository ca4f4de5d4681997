package vn.lienthong.idnumber.domain;

/**
 * A commune or ward (xã, phường) where births are registered. Its province gives a newborn's
 * personal ID number its first three digits.
 */
public record Commune(String code, String name, ProvinceCode province, String provinceName) {

    public Commune {
        if (code == null || !code.matches("\\d{5}")) {
            throw new IllegalArgumentException("a commune code has 5 digits");
        }
        if (name == null || name.isBlank() || province == null || provinceName == null || provinceName.isBlank()) {
            throw new IllegalArgumentException("a commune needs a name and a province");
        }
    }
}
