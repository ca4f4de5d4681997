package vn.lienthong.console.config;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import io.micrometer.observation.ObservationRegistry;
import vn.lienthong.console.adapter.out.orchestrator.OrchestratorApi;

/**
 * The orchestrator's API, called with the signed-in person's access token (refreshed with the
 * refresh token when it runs out), never with a token of the console's own.
 */
@Configuration(proxyBeanMethods = false)
public class OrchestratorConfiguration {

    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository authorized) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    OrchestratorApi orchestratorApi(ConsoleProperties properties, OAuth2AuthorizedClientManager clients,
                                    OAuth2AuthorizedClientRepository authorized,
                                    ObjectProvider<ObservationRegistry> observations) {
        var bearer = new OAuth2ClientHttpRequestInterceptor(clients);
        bearer.setClientRegistrationIdResolver(request -> SecurityConfiguration.REGISTRATION);
        // A token the API refuses (revoked, expired without refresh) is forgotten; the next page signs in again.
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorized));
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(20));
        // Observed, so each call is a span of the officer's request and carries its trace to the orchestrator.
        return new OrchestratorApi(RestClient.builder().requestFactory(factory).requestInterceptor(bearer)
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP)).build(),
                properties.orchestratorUrl().toString());
    }
}
