package vn.lienthong.console.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Signing in through the identity provider (OpenID Connect, authorization code with PKCE), and
 * the headers every page carries. Which person may do what is the orchestrator's to decide: every
 * page is open to anyone signed in, and shows what the API answers for that person.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class SecurityConfiguration {

    static final String REGISTRATION = "lienthong";

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations,
                                OAuth2ClientProperties clients) throws Exception {
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        String issuer = clients.getProvider().get(REGISTRATION).getIssuerUri();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION))
                .oauth2Client(Customizer.withDefaults())
                .logout(out -> out.logoutSuccessHandler(logout))
                // A request from htmx (a poll) after the session ended: the page reloads and the
                // browser is sent to sign in, rather than the sign-in page being swapped into it.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setHeader("HX-Refresh", "true");
                            response.setStatus(200);
                        }, new RequestHeaderRequestMatcher("HX-Request", "true"))
                        // Any other request, whatever it accepts, goes to sign in.
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(
                                "/oauth2/authorization/" + REGISTRATION), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self';"
                                + " frame-ancestors 'none'; form-action 'self' " + issuer))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    LazyClientRegistrations clientRegistrations(OAuth2ClientProperties clients) {
        return new LazyClientRegistrations(clients);
    }

    /** The roles the identity provider put in the ID token ({@code roles}) as Spring's roles. */
    @Bean
    GrantedAuthoritiesMapper rolesFromIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    List<String> roles = oidc.getIdToken().getClaimAsStringList("roles");
                    if (roles != null) {
                        roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return mapped;
        };
    }

}
