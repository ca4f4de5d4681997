package vn.lienthong.idnumber.adapter.in.web.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutageTest {

    @ParameterizedTest(name = "{0} UTC is {1} in Vietnam: outage {2}")
    @CsvSource({
            "2026-11-23T08:59:59Z, 15:59:59, false",
            "2026-11-23T09:00:00Z, 16:00:00, true",
            "2026-11-23T10:29:59Z, 17:29:59, true",
            "2026-11-23T10:30:00Z, 17:30:00, false",
            "2026-11-23T03:00:00Z, 10:00:00, false",
    })
    void theEndOfDayRushIs1600To1730InVietnamWhateverTheClocksZone(Instant now, LocalTime vietnamTime, boolean outage) {
        for (ZoneId clockZone : List.of(ZoneOffset.UTC, FaultProfile.ZONE, ZoneId.of("America/New_York"))) {
            FaultInjector faults = new FaultInjector(NamedFaultProfiles.END_OF_DAY, Clock.fixed(now, clockZone));

            List<FaultDecision> decisions = FaultInjectorTest.decisions(faults, 200);

            assertThat(now.atZone(FaultProfile.ZONE).toLocalTime()).isEqualTo(vietnamTime);
            assertThat(decisions.stream().allMatch(decision -> decision.kind() == FaultKind.OUTAGE))
                    .as("every request meets the outage").isEqualTo(outage);
        }
    }

    @Test
    void duringTheRushOutagesAreRefusedSlowlyAndInHangModeHeld() {
        Clock rush = Clock.fixed(Instant.parse("2026-11-23T09:45:00Z"), ZoneOffset.UTC);
        List<Duration> delays = FaultInjectorTest.decisions(new FaultInjector(NamedFaultProfiles.END_OF_DAY, rush), 2_000)
                .stream().map(FaultDecision::delay).sorted().toList();
        assertThat(delays.get(1_000).toMillis()).isCloseTo(3_000, within(400L));

        FaultProfile hanging = new FaultSettings("end-of-day", null, null, null, "5s", null, null, null, null, null,
                "HANG", null, null, null, null).toProfile();
        assertThat(FaultInjectorTest.decisions(new FaultInjector(hanging, rush), 100)).containsOnly(
                new FaultDecision(FaultKind.OUTAGE, Duration.ofSeconds(5), true, true),
                new FaultDecision(FaultKind.OUTAGE, Duration.ofSeconds(5), true, false));
    }

    @Test
    void anOutageUntilAnInstantEndsThen() {
        Instant until = Instant.parse("2026-11-23T03:10:00Z");
        FaultProfile profile = new FaultSettings(null, null, null, null, null, null, null, null, null, null, null,
                null, null, until.toString(), null).toProfile();

        assertThat(profile.outageAt(until.minusMillis(1))).isTrue();
        assertThat(profile.outageAt(until)).isFalse();
        assertThat(new FaultInjector(profile, Clock.fixed(until.minusSeconds(60), ZoneOffset.UTC)).next().kind())
                .isEqualTo(FaultKind.OUTAGE);
        assertThat(new FaultInjector(profile, Clock.fixed(until, ZoneOffset.UTC)).next().kind())
                .isEqualTo(FaultKind.NONE);
    }

    @Test
    void theOutageProfileIsDownAtEveryTimeOfDay() {
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            Instant now = Instant.parse("2026-11-22T17:00:00Z").plusSeconds(minute * 60L);
            assertThat(NamedFaultProfiles.OUTAGE.outageAt(now)).as(now.toString()).isTrue();
        }
        assertThat(NamedFaultProfiles.NONE.outageAt(Instant.parse("2026-11-23T09:00:00Z"))).isFalse();
    }

    @Test
    void aWindowMayRunAcrossMidnightOrToMidnight() {
        DailyWindow night = DailyWindow.parse("23:00-01:00");
        assertThat(night.contains(LocalTime.of(23, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(0, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(1, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(22, 59, 59))).isFalse();

        DailyWindow evening = DailyWindow.parse("22:00-24:00");
        assertThat(evening.contains(LocalTime.of(23, 59, 59))).isTrue();
        assertThat(evening.contains(LocalTime.MIDNIGHT)).isFalse();
        assertThat(evening).hasToString("22:00-24:00");
    }

    @Test
    void aWindowIsWrittenHhMmDashHhMmWithDifferentEnds() {
        for (String bad : List.of("16:00-17:3", "16:00–17:30", "4pm-5pm", "24:00-01:00", "16:60-17:00",
                "08:00-08:00", "16:00-24:01", "")) {
            assertThatThrownBy(() -> DailyWindow.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(DailyWindow.parse(" 16:00-17:30 ")).isEqualTo(new DailyWindow(16 * 60, 17 * 60 + 30));
    }
}
