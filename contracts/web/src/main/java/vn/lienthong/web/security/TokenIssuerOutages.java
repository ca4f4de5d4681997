package vn.lienthong.web.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

import com.nimbusds.jose.KeySourceException;

/**
 * A resource server's token decoder that tells a token it cannot check from a token that is bad.
 * With {@code issuer-uri}, the decoder reads the identity provider's configuration at the first
 * token, and its keys then and whenever a token names a key it does not hold; if the provider does
 * not answer (stopped, restarting, or too slow on a busy machine), Spring Security answers 500, or
 * 401 as if the token were forged. Either failure is {@link TokenIssuerUnavailableException} here,
 * which the caller gets as 503 with {@code Retry-After}: nothing of the request was done, and it
 * may be sent again as it is. Any other failure, a bad token's included, passes unchanged.
 */
public final class TokenIssuerOutages implements JwtDecoder {

    private final JwtDecoder decoder;

    public TokenIssuerOutages(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        try {
            return decoder.decode(token);
        } catch (JwtDecoderInitializationException e) {
            throw new TokenIssuerUnavailableException(e);
        } catch (JwtException e) {
            if (keysUnavailable(e)) {
                throw new TokenIssuerUnavailableException(e);
            }
            throw e;
        }
    }

    /** The decoder could not fetch the provider's key set (Nimbus's key source failed). */
    private static boolean keysUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KeySourceException) {
                return true;
            }
        }
        return false;
    }
}
