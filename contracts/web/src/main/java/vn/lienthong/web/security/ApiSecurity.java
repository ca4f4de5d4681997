package vn.lienthong.web.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Builds a service's security filter chain: stateless, bearer JWT only, problems for 401 and 403,
 * actuator health open, metrics for the {@code metrics.read} scope, the service's own rules, and
 * every other request to a controller denied, so an endpoint without a rule cannot be reached; a
 * path no controller answers gets its 404.
 */
public final class ApiSecurity {

    /** The scope a metrics scraper's token carries. */
    public static final String METRICS_SCOPE = "SCOPE_metrics.read";
    /** Where springdoc serves the OpenAPI description, as JSON and as YAML. */
    public static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"};

    private final ProblemSecurityAnswers answers;
    private final UnmappedRequests unmapped;

    ApiSecurity(ProblemSecurityAnswers answers, UnmappedRequests unmapped) {
        this.answers = answers;
        this.unmapped = unmapped;
    }

    public SecurityFilterChain chain(HttpSecurity http,
                                     Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerTokenConverter()))
                        .authenticationEntryPoint(answers)
                        .accessDeniedHandler(answers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
                    requests.requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                            .hasAuthority(METRICS_SCOPE);
                    requests.requestMatchers("/actuator", "/actuator/**").denyAll();
                    // The OpenAPI description: any caller with a valid token of the system. It holds no
                    // data, and every endpoint it describes still asks for its own role.
                    requests.requestMatchers(API_DESCRIPTION).authenticated();
                    rules.customize(requests);
                    requests.anyRequest().access(unmapped);
                })
                .build();
    }
}
