package vn.lienthong.console.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.observation.ObservationFilter;

/**
 * Keeps secrets and personal data out of the spans of HTTP requests: a full address can hold an
 * authorization code or a personal ID number in its query, so spans keep only the route's
 * template, the method and the status.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    ObservationFilter withoutFullUrls() {
        return context -> context.removeHighCardinalityKeyValue("http.url");
    }
}
