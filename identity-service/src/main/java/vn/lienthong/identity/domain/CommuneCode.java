package vn.lienthong.identity.domain;

/** A commune's code in the administrative code list: five digits, e.g. 25450 (Xã Bù Gia Mập). */
public record CommuneCode(String value) implements Comparable<CommuneCode> {

    public CommuneCode {
        if (value == null || !value.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("a commune code has 5 digits");
        }
    }

    @Override
    public int compareTo(CommuneCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
