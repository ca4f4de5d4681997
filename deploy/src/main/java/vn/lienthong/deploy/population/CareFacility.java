package vn.lienthong.deploy.population;

/**
 * A health facility: where a child may be born and registered for first-line care. The commune is
 * where it stands, used as a facility birth's place of birth; the seed file does not carry it.
 */
public record CareFacility(String code, String name, String provinceCode, String communeCode) {
}
