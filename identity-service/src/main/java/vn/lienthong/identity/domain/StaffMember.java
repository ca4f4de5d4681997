package vn.lienthong.identity.domain;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A person who signs in. An officer or commune police officer acts only for the communes bound to
 * them, so they must have at least one; a disabled member can no longer obtain tokens.
 */
public record StaffMember(String username, String displayName, Set<Role> roles, SortedSet<CommuneCode> communes,
                          boolean enabled) {

    public StaffMember {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("a username has 2 to 64 lowercase letters, digits, '.', '_' or '-'");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a staff member has a display name");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a staff member has at least one role");
        }
        roles = Set.copyOf(roles);
        communes = communes == null ? new TreeSet<>() : new TreeSet<>(communes);
        if (roles.stream().anyMatch(Role::boundToCommunes) && communes.isEmpty()) {
            throw new IllegalArgumentException(username + ": an officer is bound to at least one commune");
        }
        communes = Collections.unmodifiableSortedSet(communes);
    }

    /** What a token issued to this member says about them. */
    public IdentityClaims claims() {
        return new IdentityClaims(displayName, roles, communes);
    }
}
