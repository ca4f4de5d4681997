package vn.lienthong.resourcecheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resource server as the system's APIs will be: configured only with the issuer's address, the
 * API audience and the claim that holds the roles (Spring Boot's own properties, nothing coded),
 * so any OpenID Connect issuer that writes the same claims can stand behind it. Outside the
 * identity service's packages, so its component scan never picks this up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
        "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration"})
@RestController
public class ResourceServerCheck {

    /** Starts it on a free port, trusting tokens of {@code issuerUri} for audience lienthong-api. */
    public static ConfigurableApplicationContext start(String issuerUri) {
        return new SpringApplicationBuilder(ResourceServerCheck.class).run(
                // Its own (absent) configuration file, not the identity service's application.yml.
                "--spring.config.name=resource-server-check",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUri,
                "--spring.security.oauth2.resourceserver.jwt.audiences=lienthong-api",
                "--spring.security.oauth2.resourceserver.jwt.authorities-claim-name=roles",
                "--spring.security.oauth2.resourceserver.jwt.authority-prefix=ROLE_");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/check/officer").hasRole("COMMUNE_OFFICER")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** Who the API thinks the caller is. */
    @GetMapping({"/check", "/check/officer"})
    Map<String, Object> check(JwtAuthenticationToken caller) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("subject", caller.getToken().getSubject());
        seen.put("name", caller.getToken().getClaimAsString("name"));
        // Spring Security adds authorities of its own (FACTOR_BEARER); the roles are those with the prefix.
        seen.put("roles", caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).sorted().toList());
        List<String> communes = caller.getToken().getClaimAsStringList("communes");
        seen.put("communes", communes == null ? List.of() : communes);
        return seen;
    }
}
