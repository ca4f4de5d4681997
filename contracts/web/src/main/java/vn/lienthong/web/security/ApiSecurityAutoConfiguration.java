package vn.lienthong.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The pieces every service's chain is built from, and, for a service that builds none, a chain
 * that opens only health.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"},
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RevocationProperties.class)
public class ApiSecurityAutoConfiguration {

    @Bean
    ApiSecurity apiSecurity(JsonMapper json, ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return new ApiSecurity(new ProblemSecurityAnswers(json), new UnmappedRequests(mappings));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain healthOnly(HttpSecurity http, ApiSecurity api) throws Exception {
        return api.chain(http, rules -> { });
    }

    /**
     * The issuer a token must name when the decoder is given a key rather than an issuer to
     * discover (tests, or a key distributed out of band); with {@code issuer-uri} Spring Boot
     * checks the issuer itself.
     */
    @Bean
    @ConditionalOnProperty("lienthong.security.token-issuer")
    OAuth2TokenValidator<Jwt> tokenIssuer(@Value("${lienthong.security.token-issuer}") String issuer) {
        return new JwtIssuerValidator(issuer);
    }

    /** The identity provider's list of withdrawn clients and accounts, read again every {@code refresh}. */
    @Bean(destroyMethod = "close")
    @Conditional(RevocationSourceCondition.class)
    RevocationFeed revocationFeed(Environment environment, RevocationProperties properties) {
        return new RevocationFeed(RevocationProperties.source(environment).orElseThrow(), properties.refresh(),
                properties.timeout()).start();
    }

    /** Refuses a token whose client or person was withdrawn after it was issued. */
    @Bean
    @Conditional(RevocationSourceCondition.class)
    OAuth2TokenValidator<Jwt> notRevoked(RevocationFeed feed) {
        return new NotRevokedValidator(feed);
    }

    /**
     * A request whose token cannot be checked because the identity provider does not answer gets
     * 503 with {@code Retry-After} ({@code lienthong.security.issuer-unavailable-retry-after},
     * default 5 s) rather than a 500: in front of Spring Security's filters, whose decoder reports
     * it ({@link TokenIssuerOutages}).
     */
    @Bean
    FilterRegistrationBean<TokenIssuerUnavailableAnswer> tokenIssuerUnavailableAnswer(
            @Value("${lienthong.security.issuer-unavailable-retry-after:5s}") Duration retryAfter, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new TokenIssuerUnavailableAnswer(retryAfter, json));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setName("tokenIssuerUnavailableAnswer");
        return registration;
    }

    /**
     * Every token decoder bean tells an identity provider that does not answer from a bad token
     * ({@link TokenIssuerOutages}). The resource server's token decoder checks each token's signature once ({@link VerifiedTokens});
     * a token seen before has its validity period and the token validator beans (the revocation
     * list) checked again on every request. {@code lienthong.security.verified-tokens.max-tokens}
     * (default 1 000, a few kilobytes each) bounds what is kept, {@code .max-age} (default 5
     * minutes, as long as the identity provider's keys are kept) how long; {@code .enabled=false}
     * checks every request's signature.
     */
    @Bean
    static BeanPostProcessor verifiedTokens(Environment environment,
                                            ObjectProvider<OAuth2TokenValidator<Jwt>> validators) {
        Binder settings = Binder.get(environment);
        boolean enabled = settings.bind("lienthong.security.verified-tokens.enabled", Boolean.class).orElse(true);
        int maxTokens = settings.bind("lienthong.security.verified-tokens.max-tokens", Integer.class).orElse(1_000);
        Duration maxAge = settings.bind("lienthong.security.verified-tokens.max-age", Duration.class)
                .orElse(Duration.ofMinutes(5));
        if (maxTokens < 1) {
            throw new IllegalArgumentException(
                    "lienthong.security.verified-tokens.max-tokens must be at least 1, not " + maxTokens);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("lienthong.security.verified-tokens.max-age must be positive, not " + maxAge);
        }
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JwtDecoder decoder) || bean instanceof VerifiedTokens
                        || bean instanceof TokenIssuerOutages) {
                    return bean;
                }
                JwtDecoder outagesTold = new TokenIssuerOutages(decoder);
                if (!enabled) {
                    return outagesTold;
                }
                List<OAuth2TokenValidator<Jwt>> recheck = new ArrayList<>(List.of(new JwtTimestampValidator()));
                validators.orderedStream().forEach(recheck::add);
                return new VerifiedTokens(outagesTold, new DelegatingOAuth2TokenValidator<>(recheck), maxTokens, maxAge,
                        Clock.systemUTC());
            }
        };
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
