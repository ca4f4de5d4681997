package vn.lienthong.identity.adapter.in.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import vn.lienthong.identity.adapter.in.seed.SystemClients;
import vn.lienthong.identity.application.port.in.StaffClaimsUseCase;
import vn.lienthong.identity.domain.IdentityClaims;
import vn.lienthong.identity.domain.Role;

/**
 * Writes into access and ID tokens what the APIs decide on: {@code roles}, {@code communes} (for
 * officers), {@code name}, and in access tokens {@code client_id} and the API audience. A staff
 * member's claims are read at every issue, refreshes included: a member disabled or deleted since
 * signing in gets {@code invalid_grant} instead of a token.
 */
public class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String ROLES = "roles";
    public static final String COMMUNES = "communes";
    public static final String NAME = "name";
    public static final String CLIENT_ID = "client_id";

    private final StaffClaimsUseCase staff;
    private final String audience;

    public TokenClaimsCustomizer(StaffClaimsUseCase staff, String audience) {
        this.staff = staff;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        IdentityClaims identity = claimsOf(context);
        // ArrayList, not List.of: the claims are stored with the authorization, and its JSON reader
        // admits only the collection types it knows.
        context.getClaims().claims(claims -> {
            claims.put(ROLES, new ArrayList<>(identity.roleNames()));
            claims.put(NAME, identity.name());
            if (!identity.communes().isEmpty()) {
                claims.put(COMMUNES, new ArrayList<>(identity.communeCodes()));
            }
        });
        if (accessToken) {
            context.getClaims().audience(new ArrayList<>(List.of(audience)))
                    .claim(CLIENT_ID, context.getRegisteredClient().getClientId());
        }
    }

    private IdentityClaims claimsOf(JwtEncodingContext context) {
        RegisteredClient client = context.getRegisteredClient();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return IdentityClaims.ofClient(client.getClientName(), rolesOf(client));
        }
        return staff.claimsOf(context.getPrincipal().getName())
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
    }

    private static Set<Role> rolesOf(RegisteredClient client) {
        Object setting = client.getClientSettings().getSetting(SystemClients.ROLES_SETTING);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (setting instanceof String names && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
