package vn.lienthong.civilregistry.domain;

/**
 * Where the person died or the body was found (Circular 04/2020/TT-BTP, Art. 34: the facility's
 * name and address, else the commune). {@code facilityName} is null unless it was a health facility.
 */
public record DeathPlace(String facilityName, String communeCode, String addressLine) {

    public boolean inHealthFacility() {
        return facilityName != null && !facilityName.isBlank();
    }
}
