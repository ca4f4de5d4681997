package vn.lienthong.web.security;

/**
 * A token could not be checked because the identity provider that issued it did not give its
 * configuration or its keys: nothing is known about the token, and the request was not served.
 * Not a {@code JwtException}, so Spring Security does not take it for a bad token (401) or an
 * internal error of its own (500); {@link TokenIssuerUnavailableAnswer} answers 503.
 */
public class TokenIssuerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TokenIssuerUnavailableException(Throwable cause) {
        super("the identity provider's configuration or keys could not be read: " + cause.getMessage(), cause);
    }
}
