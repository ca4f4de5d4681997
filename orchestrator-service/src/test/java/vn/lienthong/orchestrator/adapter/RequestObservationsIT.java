package vn.lienthong.orchestrator.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.context.ApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a request is observed by, as the service is configured: the HTTP exchange, the token's
 * authentication and the authorization keep their timers (and spans), Spring Security's filter
 * chain does not (docs/performance.md, "Spring Security's filter-chain observations off"). A batch
 * of replies is not observed as a function call: each reply continues its dossier's trace instead
 * (docs/performance.md, "Work done at every request or batch that is done once now").
 */
class RequestObservationsIT extends OpsItSupport {

    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationContext context;

    @Test
    void aSubmissionIsObservedAsARequestAnAuthenticationAndAnAuthorizationButNotFilterByFilter() {
        submit();

        assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/dossiers").tag("method", "POST").timers())
                .as("the submission's HTTP exchange").isNotEmpty();
        assertThat(meters.find("spring.security.authentications").timers()).as("the token's authentication").isNotEmpty();
        assertThat(meters.find("spring.security.authorizations").timers()).as("the authorization").isNotEmpty();
        assertThat(meters.find("spring.security.filterchains").meters()).as("the filter chain's observations").isEmpty();
    }

    @Test
    void aBatchOfRepliesIsNotObservedAsAFunctionCall() {
        assertThat(context.getBeanNamesForType(FunctionAroundWrapper.class))
                .as("an observation around each batch, whose span began a trace of its own").isEmpty();
    }
}
