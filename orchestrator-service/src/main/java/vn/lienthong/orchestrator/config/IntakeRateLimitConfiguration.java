package vn.lienthong.orchestrator.config;

import java.time.Clock;
import java.util.Random;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.orchestrator.adapter.in.web.IntakeBacklogGate;
import vn.lienthong.orchestrator.adapter.in.web.IntakeBacklogInterceptor;
import vn.lienthong.orchestrator.adapter.in.web.IntakeRateLimitInterceptor;
import vn.lienthong.orchestrator.adapter.in.web.IntakeRateLimits;
import vn.lienthong.orchestrator.adapter.out.persistence.JdbcDossiersInFlight;
import vn.lienthong.orchestrator.application.IntakeBacklog;
import vn.lienthong.orchestrator.application.RetryAfterAdvice;

/**
 * Dossier intake's guards, on {@code POST /api/v1/dossiers} only: while the system's backlog is at
 * its bound, a refusal (503) first of all the filters, before the token is checked; otherwise, once
 * the caller is known, the per-client rate limit (429), then the backlog's bound again, which
 * counts each submission in (503).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class IntakeRateLimitConfiguration {

    @Bean
    IntakeRateLimits intakeRateLimits(IntakeRateLimitProperties properties) {
        return new IntakeRateLimits(properties.defaultLimit(), properties.clientLimits(), properties.maxClients());
    }

    @Bean
    IntakeBacklog intakeBacklog(JdbcClient jdbc, IntakeBacklogProperties properties, Clock clock, MeterRegistry meters) {
        var backlog = new IntakeBacklog(new JdbcDossiersInFlight(jdbc), properties.bound(),
                properties.recountInterval(), clock);
        Gauge.builder("lienthong.intake.backlog", backlog, IntakeBacklog::currentBacklog)
                .description("dossiers received or in progress, not waiting for a person: what admission control bounds")
                .strongReference(true)
                .register(meters);
        Gauge.builder("lienthong.intake.backlog.bound", backlog, IntakeBacklog::bound)
                .description("the backlog past which intake answers 429 (0: no bound)")
                .strongReference(true)
                .register(meters);
        return backlog;
    }

    /** One for the gate and the interceptor: the wait depends on how long the system has been refusing. */
    @Bean
    RetryAfterAdvice intakeRetryAfter(IntakeBacklogProperties properties, Clock clock) {
        return new RetryAfterAdvice(properties.retryAfter(), properties.retryAfterMax(), clock, new Random());
    }

    /** First of all the filters, before tracing, request metrics and the token check. */
    @Bean
    FilterRegistrationBean<IntakeBacklogGate> intakeBacklogGate(IntakeBacklog backlog, RetryAfterAdvice retryAfter,
                                                               MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new IntakeBacklogGate(backlog, retryAfter, meters));
        registration.addUrlPatterns("/api/v1/dossiers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("intakeBacklogGate");
        return registration;
    }

    @Bean
    WebMvcConfigurer intakeRateLimit(IntakeRateLimits limits, IntakeBacklog backlog, RetryAfterAdvice retryAfter,
                                     MeterRegistry meters) {
        var admission = new IntakeBacklogInterceptor(backlog, retryAfter, meters);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new IntakeRateLimitInterceptor(limits)).addPathPatterns("/api/v1/dossiers");
                registry.addInterceptor(admission).addPathPatterns("/api/v1/dossiers");
            }
        };
    }
}
