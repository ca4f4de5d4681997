package vn.lienthong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ZoneAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ZoneAutoConfiguration.class));

    @Test
    void theClockCountsInVietnamWhateverTheServersZone() {
        TimeZone server = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            context.run(started -> {
                Clock clock = started.getBean(Clock.class);
                assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
                // 18:30 UTC on 22 November is already 23 November in Hà Nội (UTC+7).
                Instant evening = Instant.parse("2026-11-22T18:30:00Z");
                assertThat(LocalDate.ofInstant(evening, clock.getZone())).isEqualTo(LocalDate.of(2026, 11, 23));
            });
        } finally {
            TimeZone.setDefault(server);
        }
    }

    @Test
    void theZoneIsConfigured() {
        context.withPropertyValues("lienthong.zone=UTC")
                .run(started -> assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("UTC")));
    }

    @Test
    void aZoneThatDoesNotExistStopsTheService() {
        context.withPropertyValues("lienthong.zone=Asia/Hanoi_Typo")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aServicesOwnClockTakesPrecedence() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
        context.withBean(Clock.class, () -> fixed)
                .run(started -> assertThat(started.getBean(Clock.class)).isSameAs(fixed));
    }
}
