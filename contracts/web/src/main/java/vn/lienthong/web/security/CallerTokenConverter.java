package vn.lienthong.web.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import vn.lienthong.rules.access.Caller;
import vn.lienthong.rules.access.Role;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;

/**
 * Reads a validated access token: its {@code roles} become {@code ROLE_*} authorities, its
 * {@code scope} {@code SCOPE_*} ones. A token is outside input too: unknown roles, malformed
 * commune codes and a display name breaking the text rules are left out, never trusted.
 */
public final class CallerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        roles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        scopes(jwt).forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** The caller a validated token names. */
    public static Caller caller(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        if (name != null && TextRules.fault(TextRules.normalize(name), TextKind.IDENTIFIER).isPresent()) {
            name = null;
        }
        Set<String> communes = strings(jwt, "communes").stream().filter(code -> COMMUNE_CODE.matcher(code).matches())
                .collect(Collectors.toSet());
        String clientId = jwt.getClaimAsString("client_id");
        return new Caller(jwt.getSubject(), name == null ? null : TextRules.normalize(name), roles(jwt), communes,
                clientId == null ? jwt.getSubject() : clientId);
    }

    private static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(jwt, "roles")) {
            Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add);
        }
        return roles;
    }

    private static List<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String text) {
            return Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).toList();
        }
        return strings(jwt, "scope");
    }

    private static List<String> strings(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
