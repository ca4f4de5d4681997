package vn.lienthong.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.lienthong.contracts.json.CreatorHandles;

/**
 * Puts every service's HTTP API behind the same door: JSON parsed within limits and without type
 * coercion, every string held to the text rules, bodies limited by size before they are read,
 * and every error answered as a problem in one shape.
 */
@AutoConfiguration(before = {JacksonAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebLimitsProperties.class)
@Import({ProblemDetailsAdvice.class, TextParameterBinding.class, ProblemErrorController.class})
public class WebAutoConfiguration {

    /**
     * The builder of the application's JSON mapper, on a parser factory with the limits (which
     * cannot be changed once a builder exists), customised as Spring Boot would.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(WebLimitsProperties limits, List<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(32)
                        .maxNameLength(200)
                        .maxDocumentLength(limits.largestBodySize())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.stream().sorted(org.springframework.core.annotation.AnnotationAwareOrderComparator.INSTANCE)
                .forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /**
     * No coercion: a number is not a name, a string is not a boolean, a number is not an enum. Records
     * are made through {@link CreatorHandles}.
     */
    @Bean
    JsonMapperBuilderCustomizer strictTextCustomizer() {
        return builder -> builder
                .addModule(new SimpleModule("lienthong-text").addDeserializer(String.class, new TextDeserializer()))
                .addModule(new CreatorHandles())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebLimitsProperties limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer unexpectedErrors(ObjectProvider<JsonMapper> json) {
        return new WebMvcConfigurer() {
            @Override
            public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
                resolvers.add(new UnexpectedErrorResolver(json.getObject()));
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.dao.DataIntegrityViolationException")
    @Import(DataProblemsAdvice.class)
    static class DataProblems {
    }
}
