package vn.lienthong.contracts.common;

/**
 * The person who filed the declaration (người đi khai sinh), who is not always a parent.
 * {@code relationship} is one of MOTHER, FATHER, GRANDPARENT, RELATIVE, GUARDIAN, OTHER.
 */
public record DeclarantData(
        String fullName,
        String personalIdNumber,
        String relationship,
        String phone) {
}
