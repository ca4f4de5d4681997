package vn.lienthong.deploy.population;

/** A commune or ward where births and residences are registered. */
public record Commune(String code, String name, String provinceCode, String provinceName) {

    /** A rural commune (xã) has villages; a ward (phường) has streets. */
    public boolean isRural() {
        return name.startsWith("Xã ");
    }

    /** The province's 2-digit form used in dossier and certificate codes: {@code 075} is {@code 75}. */
    public String provinceTwoDigits() {
        return provinceCode.substring(1);
    }
}
