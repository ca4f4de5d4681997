package vn.lienthong.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The frame of each service's OpenAPI description (/v3/api-docs, served by springdoc from the
 * controllers): the service's name, and the bearer token every endpoint asks for. Which role an
 * endpoint needs is the access matrix of docs/security.md.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class ApiDescriptionAutoConfiguration {

    static final String BEARER = "bearer";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI apiDescription(@Value("${spring.application.name:lienthong}") String service) {
        return new OpenAPI()
                .info(new Info().title(service).version("v1")
                        .description("Liên thông 3-in-1: " + service + ". Errors are RFC 9457 problem details;"
                                + " who may call each endpoint: docs/security.md, \"Access matrix\"."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token of the system's identity provider, audience lienthong-api")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
