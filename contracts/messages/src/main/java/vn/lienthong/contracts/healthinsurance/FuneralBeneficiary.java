package vn.lienthong.contracts.healthinsurance;

/**
 * Who receives the funeral allowance: the person or organization that arranged the burial (tổ chức,
 * cá nhân lo mai táng, Social Insurance Law 2024, Art. 85(1)); a relative when a court declared the
 * person dead (Art. 85(3)). {@code relationship} to the deceased is one of SPOUSE, CHILD, PARENT,
 * SIBLING, GRANDPARENT, GRANDCHILD, OTHER_RELATIVE, ORGANIZATION, OTHER. An organization has its
 * name in {@code fullName} and no {@code personalIdNumber}.
 */
public record FuneralBeneficiary(
        String fullName,
        String personalIdNumber,
        String relationship) {
}
