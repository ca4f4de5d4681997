package vn.lienthong.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.micrometer.observation.ObservationFilter;

/**
 * Keeps personal data out of the spans of HTTP requests: a request's full address can hold a
 * personal ID number (in its path or query), so its spans keep only the route's template
 * ({@code /api/v1/residents/{personalIdNumber}}), the method and the status.
 */
@AutoConfiguration
@ConditionalOnClass(ObservationFilter.class)
public class TracedRequestsAutoConfiguration {

    /** The high-cardinality attribute Spring's HTTP server and client observations put the full URL in. */
    public static final String FULL_URL = "http.url";

    @Bean
    ObservationFilter withoutFullUrls() {
        return context -> context.removeHighCardinalityKeyValue(FULL_URL);
    }
}
