package vn.lienthong.civilregistry.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.lienthong.rules.access.Role;
import vn.lienthong.web.security.ApiSecurity;

/**
 * Who may call this agency's HTTP API: the system's own services (a service token) for the
 * registers, ops for the parked messages. Everything else is closed (docs/security.md).
 * A new endpoint needs a rule here and a row in the access matrix of this service's AccessMatrixIT,
 * which fails the build otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAccessConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiSecurity api) throws Exception {
        return api.chain(http, rules -> rules
                .requestMatchers("/api/v1/birth-registrations", "/api/v1/birth-registrations/**",
                        "/api/v1/death-registrations", "/api/v1/death-registrations/**").hasRole(Role.SERVICE.name())
                .requestMatchers("/api/v1/ops/**").hasAnyRole(Role.OPS.name(), Role.ADMIN.name()));
    }
}
