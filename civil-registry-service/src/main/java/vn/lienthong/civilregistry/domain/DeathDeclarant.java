package vn.lienthong.civilregistry.domain;

import java.util.Set;

/**
 * The person who declares the death (người đi khai tử). The spouse, a child, a parent or another
 * relative must declare it; without relatives, a representative of the agency, organization or
 * person concerned (Civil Status Law 2014, Art. 33(1)). Someone acting for a relative needs a
 * certified authorization, except grandparents, parents, children, spouses and siblings, who act for
 * each other without one (Decision 528/QĐ-BTP): they declare in their own right here anyway. The
 * phone number of the dossier is not kept: the register does not need it.
 */
public record DeathDeclarant(String fullName, String personalIdNumber, String relationship,
                             String authorizationDocumentNumber) {

    public static final String AUTHORIZED = "AUTHORIZED";

    /** The relationships to the deceased the portal offers. */
    public static final Set<String> RELATIONSHIPS = Set.of("SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDPARENT",
            "GRANDCHILD", "OTHER_RELATIVE", "ORGANIZATION", AUTHORIZED);

    public boolean actsUnderAuthorization() {
        return AUTHORIZED.equals(relationship);
    }

    public boolean hasAuthorization() {
        return authorizationDocumentNumber != null && !authorizationDocumentNumber.isBlank();
    }
}
