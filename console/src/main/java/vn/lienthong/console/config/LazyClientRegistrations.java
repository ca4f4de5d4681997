package vn.lienthong.console.config;

import java.util.Iterator;
import java.util.Map;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The identity provider's client registration, read from its discovery document on first use
 * rather than at start-up: the console starts, and reports itself ready, even while the provider
 * is still starting (the local run starts them side by side). A failed discovery is tried again
 * on the next sign-in.
 */
final class LazyClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private final OAuth2ClientProperties properties;
    private volatile Map<String, ClientRegistration> registrations;

    LazyClientRegistrations(OAuth2ClientProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return registrations().get(registrationId);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return registrations().values().iterator();
    }

    private Map<String, ClientRegistration> registrations() {
        Map<String, ClientRegistration> known = registrations;
        if (known == null) {
            synchronized (this) {
                if (registrations == null) {
                    registrations = Map.copyOf(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
                }
                known = registrations;
            }
        }
        return known;
    }
}
