package vn.lienthong.rules.access;

import java.util.Set;

/**
 * The authenticated caller of a request: the token's subject (a username, or a client id for a
 * machine), the name to show, its roles, the communes it acts for (officers only) and the client
 * the token was issued to. Audit entries and a dossier's history name the caller by these, never
 * by a name the request's body gives.
 */
public record Caller(String subject, String displayName, Set<Role> roles, Set<String> communes, String clientId) {

    public Caller {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a caller has a subject");
        }
        displayName = displayName == null || displayName.isBlank() ? subject : displayName;
        roles = Set.copyOf(roles);
        communes = Set.copyOf(communes);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A commune civil-status officer or a commune police officer: sees only its communes' dossiers. */
    public boolean isCommuneStaff() {
        return has(Role.COMMUNE_OFFICER) || has(Role.COMMUNE_POLICE);
    }

    /** Whether this caller may see a dossier registered in {@code communeCode}. */
    public boolean actsFor(String communeCode) {
        return communes.contains(communeCode);
    }

    /**
     * How a dossier's history and the records of an officer's decisions name the caller: display
     * name, then subject, e.g. {@code Nguyễn Thị Lan (hotich.25450)}.
     */
    public String describe() {
        return displayName.equals(subject) ? subject : displayName + " (" + subject + ")";
    }

    /** The role named in audit entries: the first of the caller's roles in {@link Role}'s order. */
    public String mainRole() {
        return roles.stream().sorted().findFirst().map(Role::name).orElse("NONE");
    }
}
