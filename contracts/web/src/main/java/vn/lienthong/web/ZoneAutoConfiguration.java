package vn.lienthong.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The one {@link Clock} of a service, in the configured zone ({@link ZoneProperties}), so that
 * every service dates registrations, cards and deadlines by the same calendar and never by the
 * server's zone. A test may declare its own clock instead.
 */
@AutoConfiguration
@EnableConfigurationProperties(ZoneProperties.class)
public class ZoneAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(ZoneProperties properties) {
        return Clock.system(properties.zone());
    }
}
