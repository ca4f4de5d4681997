package vn.lienthong.identity.config;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import vn.lienthong.identity.adapter.in.seed.SystemClientRegistration;
import vn.lienthong.identity.adapter.in.seed.SystemClients;
import vn.lienthong.identity.adapter.in.web.TokenClaimsCustomizer;
import vn.lienthong.identity.adapter.out.persistence.ConfiguredTokenLifetimes;
import vn.lienthong.identity.adapter.out.persistence.JdbcSigningKeys;
import vn.lienthong.identity.application.StaffDirectoryService;

/**
 * Spring Authorization Server with every piece of state in PostgreSQL: clients, authorizations,
 * consents and the signing key. Several instances behind one address therefore agree.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc, IdentityProperties properties) {
        return new ConfiguredTokenLifetimes(new JdbcRegisteredClientRepository(jdbc),
                properties.accessTokenTimeToLive(), properties.refreshTokenTimeToLive());
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(JdbcClient jdbc) {
        List<JWK> keys = List.copyOf(new JdbcSigningKeys(jdbc).loadCreatingIfNone());
        return new ImmutableJWKSet<>(new JWKSet(keys));
    }

    /** Checks this provider's own tokens where the service is itself a resource server (metrics). */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer().toString()));
        return decoder;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(StaffDirectoryService staffDirectory,
                                                          IdentityProperties properties) {
        return new TokenClaimsCustomizer(staffDirectory, properties.audience());
    }

    @Bean
    SystemClientRegistration systemClientRegistration(RegisteredClientRepository clients, JdbcClient jdbc,
                                                      TransactionTemplate transaction, PasswordEncoder encoder,
                                                      IdentityProperties properties) {
        String console = properties.consoleRedirectUri().toString();
        String consoleHome = properties.consoleRedirectUri().resolve("/").toString();
        return new SystemClientRegistration(clients, jdbc, transaction,
                () -> SystemClients.all(properties::secretOf, encoder, console, consoleHome));
    }
}
