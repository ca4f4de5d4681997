package vn.lienthong.contracts.common;

/**
 * The person who declares the death (người đi khai tử). {@code relationship} to the deceased is
 * one of SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, OTHER_RELATIVE, ORGANIZATION
 * (a representative of an agency, organization or person concerned, when there is no relative)
 * or AUTHORIZED (acting for a relative under a certified authorization, whose number is
 * {@code authorizationDocumentNumber}; null otherwise).
 */
public record DeathDeclarantData(
        String fullName,
        String personalIdNumber,
        String relationship,
        String phone,
        String authorizationDocumentNumber) {
}
