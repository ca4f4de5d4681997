package vn.lienthong.orchestrator.config;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.lienthong.orchestrator.adapter.in.web.RequesterArgumentResolver;
import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.rules.access.Role;
import vn.lienthong.web.security.ApiSecurity;

/**
 * Which role may call which endpoint of the orchestrator (the access matrix in docs/security.md).
 * Which dossier a caller may then see is decided by the use cases: a commune's staff their
 * communes', the portal the dossiers it submitted.
 * A new endpoint needs a rule here and a row in the access matrix of this service's AccessMatrixIT,
 * which fails the build otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAccessConfiguration {

    private static final String PORTAL = Role.PORTAL.name();
    private static final String OFFICER = Role.COMMUNE_OFFICER.name();
    private static final String POLICE = Role.COMMUNE_POLICE.name();
    private static final String OPS = Role.OPS.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiSecurity api) throws Exception {
        return api.chain(http, rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/v1/dossiers").hasRole(PORTAL)
                .requestMatchers(HttpMethod.GET, "/api/v1/dossiers", "/api/v1/dossiers/*")
                        .hasAnyRole(PORTAL, OFFICER, POLICE, OPS, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/supplements").hasAnyRole(PORTAL, OFFICER)
                .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/officer-actions").hasRole(OFFICER)
                .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/manual-id-number").hasAnyRole(OFFICER, POLICE)
                // Any other method on these paths is answered 405 by the controllers.
                .requestMatchers("/api/v1/dossiers", "/api/v1/dossiers/**").hasAnyRole(PORTAL, OFFICER, POLICE, OPS, ADMIN)
                // Verification jobs are started by ops; their starter or an administrator cancels one.
                .requestMatchers(HttpMethod.POST, "/api/v1/ops/verification-jobs").hasRole(OPS)
                .requestMatchers(HttpMethod.POST, "/api/v1/ops/verification-jobs/*/cancel").hasAnyRole(OPS, ADMIN)
                // Walks the whole audit chain and records the walk: ops and administrators only.
                .requestMatchers(HttpMethod.GET, "/api/v1/ops/audit/verify").hasAnyRole(OPS, ADMIN)
                .requestMatchers("/api/v1/ops/**").hasAnyRole(OPS, ADMIN)
                // Measurements and the commune list: each caller's own communes, ops and administrators all.
                .requestMatchers(HttpMethod.GET, "/api/v1/kpis", "/api/v1/communes")
                        .hasAnyRole(OFFICER, POLICE, OPS, ADMIN));
    }

    /** Controllers receive the {@link Requester}: the caller the token names and the endpoint, for the audit. */
    @Bean
    WebMvcConfigurer requesters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new RequesterArgumentResolver());
            }
        };
    }
}
