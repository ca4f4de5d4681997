package vn.lienthong.identity.domain;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a token says about its holder beyond the standard claims: a display name ({@code name}),
 * roles ({@code roles}) and, for officers, the communes they act for ({@code communes}).
 */
public record IdentityClaims(String name, Set<Role> roles, SortedSet<CommuneCode> communes) {

    public IdentityClaims {
        roles = Set.copyOf(roles);
        communes = Collections.unmodifiableSortedSet(new TreeSet<>(communes));
    }

    /** A client acting for itself (client credentials): its name and roles, no communes. */
    public static IdentityClaims ofClient(String clientName, Set<Role> roles) {
        return new IdentityClaims(clientName, roles, new TreeSet<>());
    }

    /** The role names, sorted, as the {@code roles} claim carries them. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /** The commune codes, sorted, as the {@code communes} claim carries them. */
    public List<String> communeCodes() {
        return communes.stream().map(CommuneCode::value).toList();
    }
}
