package vn.lienthong.contracts.common;

/**
 * Where the person died or the body was found: a health facility's name when it was in one (else
 * null), the commune, and an address line below the commune when it was not in a facility.
 */
public record DeathPlaceData(
        String facilityName,
        String communeCode,
        String addressLine) {
}
