package vn.lienthong.orchestrator.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.lienthong.orchestrator.adapter.in.web.IntakeRateLimitInterceptor;
import vn.lienthong.orchestrator.adapter.in.web.IntakeRateLimits;

/** The per-client rate limit of dossier intake: on {@code POST /api/v1/dossiers} only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class IntakeRateLimitConfiguration {

    @Bean
    IntakeRateLimits intakeRateLimits(IntakeRateLimitProperties properties) {
        return new IntakeRateLimits(properties.defaultLimit(), properties.clientLimits(), properties.maxClients());
    }

    @Bean
    WebMvcConfigurer intakeRateLimit(IntakeRateLimits limits) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new IntakeRateLimitInterceptor(limits)).addPathPatterns("/api/v1/dossiers");
            }
        };
    }
}
