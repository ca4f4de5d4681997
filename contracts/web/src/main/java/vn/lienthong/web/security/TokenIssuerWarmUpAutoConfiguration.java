package vn.lienthong.web.security;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * With {@code issuer-uri}, the identity provider's configuration and keys are read in the
 * background as the service starts rather than at the first token ({@link TokenIssuerWarmUp}):
 * again after {@code lienthong.security.issuer-warm-up.first-retry} (default 1 s) while the
 * provider does not answer, at twice the interval each time up to {@code .max-retry} (30 s).
 * After Spring Boot's resource server configuration, which defines the decoder.
 */
@AutoConfiguration(afterName =
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnExpression("!'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}'.isBlank()")
@ConditionalOnBean(JwtDecoder.class)
public class TokenIssuerWarmUpAutoConfiguration {

    @Bean
    TokenIssuerWarmUp tokenIssuerWarmUp(JwtDecoder decoder,
            @Value("${spring.security.oauth2.resourceserver.jwt.jws-algorithms:RS256}") List<String> algorithms,
            @Value("${lienthong.security.issuer-warm-up.first-retry:1s}") Duration firstRetry,
            @Value("${lienthong.security.issuer-warm-up.max-retry:30s}") Duration maxRetry) {
        return new TokenIssuerWarmUp(decoder, algorithms.get(0), firstRetry, maxRetry);
    }
}
