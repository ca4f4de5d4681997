package vn.lienthong.healthinsurance.domain;

import java.util.Set;

/**
 * Who receives the funeral allowance: the person or organization that arranged the burial (Art.
 * 85(1)); only a relative when a court declared the person dead (Art. 85(3)). An organization has
 * no personal ID number.
 */
public record Beneficiary(String fullName, String personalIdNumber, String relationship) {

    public static final Set<String> RELATIVES = Set.of("SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDPARENT",
            "GRANDCHILD", "OTHER_RELATIVE");
    public static final Set<String> RELATIONSHIPS = Set.of("SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDPARENT",
            "GRANDCHILD", "OTHER_RELATIVE", "ORGANIZATION", "OTHER");

    public boolean isRelative() {
        return RELATIVES.contains(relationship);
    }
}
