package vn.lienthong.idnumber.config;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.idnumber.adapter.in.web.faults.ConnectionDropValve;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultInjectionFilter;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultInjector;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultProfile;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultSettings;
import vn.lienthong.idnumber.adapter.in.web.faults.HeldRequests;
import vn.lienthong.idnumber.adapter.in.web.faults.InvalidFaultProfileException;

/**
 * The fault model in front of the population-database API exists only when the simulation is
 * switched on ({@code lienthong.faults.simulation=true}, as the local run's {@code --fault-profile},
 * the benchmark and the tests that use faults do). Otherwise no fault filter runs, no connection is
 * ever dropped and the admin API is not there (404). The profile comes from {@code lienthong.faults.*}
 * (default: none) and can be replaced at run time.
 */
@Configuration(proxyBeanMethods = false)
public class FaultConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(FaultSettings.SIMULATION)
    static class Simulation {

        /**
         * The wall clock, not the application's {@link Clock} bean: outages happen in real time even
         * where "today" is pinned for the rules.
         */
        @Bean
        FaultInjector faultInjector(FaultSettings settings) {
            FaultProfile profile;
            try {
                profile = settings.toProfile();
            } catch (InvalidFaultProfileException e) {
                throw new IllegalStateException("Not a usable fault profile: " + e.reasons().stream()
                        .map(reason -> "lienthong.faults." + kebabCase(reason.field()) + ": " + reason.messageEn())
                        .collect(Collectors.joining("; ")), e);
            }
            return new FaultInjector(profile, Clock.system(FaultProfile.ZONE));
        }

        @Bean
        HeldRequests heldRequests() {
            return new HeldRequests();
        }

        /** Only the population database's own API; {@code /actuator/**} and the admin API never fail. */
        @Bean
        FilterRegistrationBean<FaultInjectionFilter> faultInjection(FaultInjector faults, HeldRequests held,
                                                                    JsonMapper json, MeterRegistry meters) {
            var registration = new FilterRegistrationBean<>(new FaultInjectionFilter(faults, held, json, meters));
            String citizens = IdNumberApi.CITIZEN.substring(0, IdNumberApi.CITIZEN.indexOf('{')) + "*";
            registration.addUrlPatterns(IdNumberApi.ASSIGN, IdNumberApi.ASSIGN_BATCH, IdNumberApi.DEATHS, citizens);
            registration.setAsyncSupported(true);
            return registration;
        }

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectionDrops() {
            return factory -> factory.addEngineValves(new ConnectionDropValve());
        }
    }

    /**
     * A fault profile given while the simulation is off would silently not apply (a benchmark
     * would measure a healthy database under a faulty name): the start stops instead.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = FaultSettings.SIMULATION, havingValue = false, matchIfMissing = true)
    static class NoSimulation {

        @Bean
        SmartInitializingSingleton noFaultProfileWithoutSimulation(FaultSettings settings) {
            if (settings.anyGiven()) {
                throw new IllegalStateException("A fault profile is set (lienthong.faults.*) but the fault simulation"
                        + " is off: set " + FaultSettings.SIMULATION + "=true to simulate faults, or remove the profile.");
            }
            return () -> { };
        }
    }

    /** A profile's field as the property is written: {@code latencyP99} is {@code latency-p99}. */
    private static String kebabCase(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
