package vn.lienthong.orchestrator.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ProcedurePropertiesTest {

    @EnableConfigurationProperties(ProcedureProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void theCallsDefaultTo16InFlightAnd16ClaimedAhead() {
        context.run(started -> {
            var idNumber = started.getBean(ProcedureProperties.class).idNumber();
            assertThat(idNumber.concurrentCalls()).isEqualTo(16);
            assertThat(idNumber.claimedAhead()).isEqualTo(16);
        });
    }

    @Test
    void aBadNumberOfCallsStopsTheStartNamingTheProperty() {
        context.withPropertyValues("lienthong.procedure.id-number.claimed-ahead=-1").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessage("lienthong.procedure.id-number.claimed-ahead must not be negative, not -1"));
        context.withPropertyValues("lienthong.procedure.id-number.concurrent-calls=0").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessage("lienthong.procedure.id-number.concurrent-calls must be at least 1, not 0"));
    }
}
