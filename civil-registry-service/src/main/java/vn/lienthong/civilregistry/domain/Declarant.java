package vn.lienthong.civilregistry.domain;

import java.util.Set;

/**
 * The person who declared the birth (người đi khai sinh), often not a parent. The phone number
 * of the dossier is not kept: the register does not need it.
 */
public record Declarant(String fullName, String personalIdNumber, String relationship) {

    /** The relationships the portal offers. */
    public static final Set<String> RELATIONSHIPS = Set.of("MOTHER", "FATHER", "GRANDPARENT", "RELATIVE", "GUARDIAN", "OTHER");
}
