package vn.lienthong.idnumber.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import vn.lienthong.rules.access.Role;
import vn.lienthong.web.security.ApiSecurity;

/**
 * Who may call the population database: the system's own services (a service token) to assign
 * numbers, record deaths and look up citizens, the administrator for the fault simulation. Everything else is
 * closed (docs/security.md).
 * A new endpoint needs a rule here and a row in the access matrix of this service's AccessMatrixIT,
 * which fails the build otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAccessConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiSecurity api) throws Exception {
        return api.chain(http, rules -> rules
                .requestMatchers("/api/v1/personal-id-numbers", "/api/v1/personal-id-numbers/batch", "/api/v1/deaths", "/api/v1/citizens/**").hasRole(Role.SERVICE.name())
                .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name()));
    }
}
