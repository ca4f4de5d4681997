package vn.lienthong.idnumber.adapter.in.web.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.lienthong.idnumber.domain.Refusal;

class FaultProfileTest {

    @Test
    void theNamedProfilesAreTheDocumentedOnes() {
        FaultProfile realistic = NamedFaultProfiles.REALISTIC;
        assertThat(realistic.latencyMedian()).isEqualTo(Duration.ofMillis(80));
        assertThat(realistic.latencyP99()).isEqualTo(Duration.ofMillis(1500));
        assertThat(List.of(realistic.hangShare(), realistic.serverErrorShare(), realistic.droppedConnectionShare(),
                realistic.permissionDeniedShare(), realistic.malformedShare()))
                .containsExactly(0.02, 0.05, 0.01, 0.002, 0.005);
        assertThat(realistic.outageWindows()).isEmpty();

        FaultProfile endOfDay = NamedFaultProfiles.END_OF_DAY;
        assertThat(endOfDay.outageWindows()).extracting(DailyWindow::toString).containsExactly("16:00-17:30");
        assertThat(endOfDay.outageLatencyMedian()).isGreaterThan(realistic.latencyMedian());
        assertThat(endOfDay.serverErrorShare()).isEqualTo(realistic.serverErrorShare());

        assertThat(NamedFaultProfiles.NONE.kindAt(0.0)).isEqualTo(FaultKind.NONE);
        assertThat(NamedFaultProfiles.NONE.latencyMedian()).isZero();
        assertThat(NamedFaultProfiles.NONE.hangDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(NamedFaultProfiles.OUTAGE.outageMode()).isEqualTo(OutageMode.UNAVAILABLE);
        assertThat(NamedFaultProfiles.names()).containsExactly("none", "realistic", "end-of-day", "outage");
    }

    @Test
    void givenFieldsOverrideTheNamedProfileAndNoNameMeansNone() {
        FaultProfile tuned = new FaultSettings("realistic", null, "3s", 0.1, "5s", null, null, null, null,
                List.of("08:00-08:30"), "hang", null, null, "2026-11-23T03:10:00Z", 7L).toProfile();

        assertThat(tuned.name()).isEqualTo("realistic");
        assertThat(tuned.latencyMedian()).isEqualTo(Duration.ofMillis(80));
        assertThat(tuned.latencyP99()).isEqualTo(Duration.ofSeconds(3));
        assertThat(tuned.hangShare()).isEqualTo(0.1);
        assertThat(tuned.hangDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(tuned.serverErrorShare()).isEqualTo(0.05);
        assertThat(tuned.outageWindows()).containsExactly(DailyWindow.parse("08:00-08:30"));
        assertThat(tuned.outageMode()).isEqualTo(OutageMode.HANG);
        assertThat(tuned.outageUntil()).isEqualTo(Instant.parse("2026-11-23T03:10:00Z"));
        assertThat(tuned.seed()).isEqualTo(7);

        FaultProfile plain = new FaultSettings(null, null, null, null, null, 0.5, null, null, null, null, null, null,
                null, null, null).toProfile();
        assertThat(plain).isEqualTo(new FaultSettings("none", null, null, null, null, 0.5, null, null, null, null,
                null, null, null, null, null).toProfile());
        assertThat(plain.hangShare()).isZero();
        assertThat(new FaultSettings("end-of-day", null, null, null, null, null, null, null, null, List.of(), null,
                null, null, null, null).toProfile().outageWindows()).isEmpty();
    }

    @Test
    void aProfileWrittenOutReadsBackAsItself() {
        FaultProfile custom = new FaultSettings("end-of-day", "120ms", "2s", 0.03, "45s", null, null, null, null,
                List.of("07:30-08:00", "23:00-01:00"), "HANG", "1s", "PT4.5S", "2026-11-23T03:10:00Z", -5L).toProfile();
        for (FaultProfile profile : List.of(NamedFaultProfiles.NONE, NamedFaultProfiles.REALISTIC,
                NamedFaultProfiles.END_OF_DAY, NamedFaultProfiles.OUTAGE, custom)) {
            assertThat(FaultSettings.of(profile).toProfile()).isEqualTo(profile);
        }
        assertThat(FaultSettings.of(NamedFaultProfiles.REALISTIC).latencyP99()).isEqualTo("1500ms");
        assertThat(FaultSettings.of(NamedFaultProfiles.REALISTIC).hangDuration()).isEqualTo("60s");
    }

    @Test
    void sharesOutsideZeroToOneAreNamed() {
        assertThat(problems(new FaultSettings(null, null, null, 1.5, null, -0.1, Double.NaN, null, null, null, null,
                null, null, null, null))).extracting(Refusal::field, Refusal::code).contains(
                tuple("hangShare", "INVALID_SHARE"),
                tuple("serverErrorShare", "INVALID_SHARE"),
                tuple("droppedConnectionShare", "INVALID_SHARE"));
    }

    @Test
    void sharesAddingUpToMoreThanOneNameEveryShareGivenAndUpToOneIsFine() {
        assertThat(problems(new FaultSettings(null, null, null, 0.5, null, 0.4, null, null, 0.2, null, null, null,
                null, null, null))).extracting(Refusal::field, Refusal::code).containsExactly(
                tuple("hangShare", "SHARES_ABOVE_ONE"),
                tuple("serverErrorShare", "SHARES_ABOVE_ONE"),
                tuple("malformedShare", "SHARES_ABOVE_ONE"));

        FaultProfile full = new FaultSettings(null, null, null, 0.1, null, 0.2, 0.3, 0.3, 0.1, null, null, null,
                null, null, null).toProfile();
        assertThat(full.kindAt(0.999_999)).isEqualTo(FaultKind.MALFORMED);
    }

    @Test
    void delaysNeedAMedianNoAboveTheirP99AndAPositiveHang() {
        assertThat(problems(new FaultSettings(null, "2s", "1s", null, "0s", null, null, null, null, null, null,
                "0ms", "1s", null, null))).extracting(Refusal::field, Refusal::code).containsExactly(
                tuple("latencyP99", "P99_BELOW_MEDIAN"),
                tuple("outageLatencyMedian", "MEDIAN_MISSING"),
                tuple("hangDuration", "INVALID_HANG_DURATION"));
        assertThat(problems(new FaultSettings(null, "-5ms", null, null, null, null, null, null, null, null, null,
                null, null, null, null))).extracting(Refusal::field).containsExactly("latencyMedian");
    }

    @Test
    void everyUnreadableFieldIsNamedInOneAnswer() {
        List<Refusal> problems = problems(new FaultSettings("weekend", "fast", null, null, "1.5s", null, null, null,
                null, List.of("16:00-17:30", "16:00-17:3", "08:00-08:00"), "SOMETIMES", null, null, "tomorrow", null));

        assertThat(problems).extracting(Refusal::field, Refusal::code).containsExactly(
                tuple("profile", "UNKNOWN_PROFILE"),
                tuple("latencyMedian", "INVALID_DURATION"),
                tuple("hangDuration", "INVALID_DURATION"),
                tuple("outageWindows[1]", "INVALID_OUTAGE_WINDOW"),
                tuple("outageWindows[2]", "INVALID_OUTAGE_WINDOW"),
                tuple("outageMode", "INVALID_OUTAGE_MODE"),
                tuple("outageUntil", "INVALID_INSTANT"));
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.messageVi()).isNotBlank().isNotEqualTo(problem.messageEn());
            assertThat(problem.messageEn()).isNotBlank();
        });
        assertThat(problems.get(0).messageEn()).contains("none, realistic, end-of-day, outage");
    }

    @Test
    void propertiesBindInKebabCaseWithTheNamedProfileAsRunLocalPassesIt() {
        var properties = new MapConfigurationPropertySource(Map.of(
                "lienthong.faults.profile", "end-of-day",
                "lienthong.faults.hang-share", "0.1",
                "lienthong.faults.latency-p99", "2s",
                "lienthong.faults.outage-windows", "08:00-08:30,16:00-17:30",
                "lienthong.faults.outage-mode", "HANG"));

        FaultProfile profile = new Binder(properties).bind("lienthong.faults", FaultSettings.class).get().toProfile();

        assertThat(profile.name()).isEqualTo("end-of-day");
        assertThat(profile.hangShare()).isEqualTo(0.1);
        assertThat(profile.latencyP99()).isEqualTo(Duration.ofSeconds(2));
        assertThat(profile.serverErrorShare()).isEqualTo(0.05);
        assertThat(profile.outageWindows()).extracting(DailyWindow::toString)
                .containsExactly("08:00-08:30", "16:00-17:30");
        assertThat(profile.outageMode()).isEqualTo(OutageMode.HANG);
    }

    private static List<Refusal> problems(FaultSettings settings) {
        try {
            settings.toProfile();
        } catch (InvalidFaultProfileException e) {
            return e.reasons();
        }
        throw new AssertionError("the profile was accepted");
    }

    @Test
    void aProfileBuiltInCodeIsCheckedToo() {
        assertThatThrownBy(() -> FaultProfiles.with(NamedFaultProfiles.NONE, 0.6, 0, 0.6, 0, 0))
                .isInstanceOf(InvalidFaultProfileException.class)
                .hasMessageContaining("hangShare").hasMessageContaining("serverErrorShare");
    }
}
