package vn.lienthong.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses (401, {@code invalid_token}) a token whose client or person the identity provider has
 * withdrawn since it was issued, within one refresh of the revocation list rather than at the
 * token's expiry. Spring Boot adds every such validator bean to the resource server's decoder.
 */
final class NotRevokedValidator implements OAuth2TokenValidator<Jwt> {

    private static final Logger log = LoggerFactory.getLogger(NotRevokedValidator.class);
    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The access token was revoked", null);

    private final RevocationFeed feed;

    NotRevokedValidator(RevocationFeed feed) {
        this.feed = feed;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (feed.current().revokes(token)) {
            log.debug("Refused a token of client {} for {}, withdrawn since it was issued",
                    token.getClaimAsString("client_id"), token.getSubject());
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
