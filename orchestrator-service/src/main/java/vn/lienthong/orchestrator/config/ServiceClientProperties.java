package vn.lienthong.orchestrator.config;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This service as an OAuth 2 client of the identity provider, for its calls to the population
 * database ({@code lienthong.service-client.*}). Without a token URI the calls carry no token.
 */
@ConfigurationProperties("lienthong.service-client")
public record ServiceClientProperties(
        URI tokenUri,
        @DefaultValue("orchestrator-service") String clientId,
        String clientSecret,
        @DefaultValue("population.assign population.read") String scope) {
}
