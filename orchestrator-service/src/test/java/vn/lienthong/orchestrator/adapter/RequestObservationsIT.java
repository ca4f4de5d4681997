package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a request is observed by, as the service is configured: the HTTP exchange, the token's
 * authentication and the authorization keep their timers (and spans), Spring Security's filter
 * chain does not (docs/performance.md, "Spring Security's filter-chain observations off").
 */
class RequestObservationsIT extends OpsItSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void aSubmissionIsObservedAsARequestAnAuthenticationAndAnAuthorizationButNotFilterByFilter() {
        submit();

        assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/dossiers").tag("method", "POST").timers())
                .as("the submission's HTTP exchange").isNotEmpty();
        assertThat(meters.find("spring.security.authentications").timers()).as("the token's authentication").isNotEmpty();
        assertThat(meters.find("spring.security.authorizations").timers()).as("the authorization").isNotEmpty();
        assertThat(meters.find("spring.security.filterchains").meters()).as("the filter chain's observations").isEmpty();
    }
}
