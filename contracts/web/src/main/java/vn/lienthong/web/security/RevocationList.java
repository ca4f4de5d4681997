package vn.lienthong.web.security;

import java.time.Instant;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The clients and staff accounts the identity provider withdrew lately, each with when: a token
 * issued to one of them at or before that moment is no longer accepted. A token issued later (the
 * client registered again, the account enabled again) is.
 *
 * @param clients  client id to the moment it was withdrawn
 * @param staff    username to the moment the account was disabled, deleted or lost a right
 */
record RevocationList(Map<String, Instant> clients, Map<String, Instant> staff) {

    static final RevocationList EMPTY = new RevocationList(Map.of(), Map.of());

    RevocationList {
        clients = Map.copyOf(clients);
        staff = Map.copyOf(staff);
    }

    /** Whether the token's client, or the person it was issued to, was withdrawn after it was issued. */
    boolean revokes(Jwt token) {
        String clientId = token.getClaimAsString("client_id");
        String subject = token.getSubject();
        Instant issuedAt = token.getIssuedAt();
        if (issuedBefore(clients.get(clientId != null ? clientId : subject), issuedAt)) {
            return true;
        }
        // A machine client's subject is its client id, not a person.
        return subject != null && !subject.equals(clientId) && issuedBefore(staff.get(subject), issuedAt);
    }

    /** {@code iat} counts whole seconds: a token of the same second as the withdrawal counts as before it. */
    private static boolean issuedBefore(Instant revokedAt, Instant issuedAt) {
        return revokedAt != null && (issuedAt == null || !issuedAt.isAfter(revokedAt));
    }

    int size() {
        return clients.size() + staff.size();
    }
}
