package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import vn.lienthong.idnumber.IdNumberApplication;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultInjectionFilter;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultInjector;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultProfile;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultProfileController;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultSettings;
import vn.lienthong.idnumber.adapter.in.web.faults.NamedFaultProfiles;
import vn.lienthong.web.testing.TestTokens;

/** The fault profile seen and changed at run time, and chosen at start-up as ./run-local.sh does. */
class FaultProfileAdminIT extends FaultyService {

    @Autowired
    MeterRegistry meters;

    @Test
    void aNamedProfileIsLoadedWithOverridesAndShownAsActive() throws Exception {
        HttpResponse<String> put = putProfile("{\"profile\": \"realistic\", \"seed\": 7, \"hangDuration\": \"2s\"}");

        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode active = json(getProfile());
        assertThat(active).isEqualTo(json(put));
        assertThat(active.get("profile").asString()).isEqualTo("realistic");
        assertThat(active.get("latencyMedian").asString()).isEqualTo("80ms");
        assertThat(active.get("latencyP99").asString()).isEqualTo("1500ms");
        assertThat(active.get("hangShare").asDouble()).isEqualTo(0.02);
        assertThat(active.get("serverErrorShare").asDouble()).isEqualTo(0.05);
        assertThat(active.get("hangDuration").asString()).isEqualTo("2s");
        assertThat(active.get("seed").asLong()).isEqualTo(7);
        assertThat(active.get("outageMode").asString()).isEqualTo("UNAVAILABLE");
    }

    @Test
    void theOutageProfileRefusesTheApiButNeitherHealthNorTheAdminApiAndIsCounted() throws Exception {
        double before = outagesCounted();
        putProfile("{\"profile\": \"outage\"}");

        assertThat(assign(newRequestId()).statusCode()).isEqualTo(503);
        assertThat(mother(Duration.ofSeconds(5)).statusCode()).isEqualTo(503);
        assertThat(health().statusCode()).isEqualTo(200);
        assertThat(send(request("/actuator/prometheus", Duration.ofSeconds(5)).GET().build()).body())
                .contains("lienthong_id_number_faults_injected_total{kind=\"outage\"");
        JsonNode active = json(getProfile());
        assertThat(active.get("profile").asString()).isEqualTo("outage");
        assertThat(active.get("outageWindows").get(0).asString()).isEqualTo("00:00-24:00");
        assertThat(outagesCounted() - before).isEqualTo(2);
    }

    @Test
    void hangsDuringAnOutageHoldNoServerThreadsSoHealthAndAdminStillAnswer() throws Exception {
        putProfile("{\"outageWindows\": [\"" + windowAroundNow() + "\"], \"outageMode\": \"HANG\", "
                + "\"hangDuration\": \"6s\"}");

        // More held requests than the server has threads (200), every one of them taken in.
        double before = outagesCounted();
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            held.add(client.sendAsync(motherRequest(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString()));
        }
        await().atMost(Duration.ofSeconds(4)).until(() -> outagesCounted() - before >= 220);
        assertThat(health().statusCode()).isEqualTo(200);
        assertThat(send(request(FaultProfileController.PATH, Duration.ofSeconds(2)).GET().build()).statusCode())
                .isEqualTo(200);
        assertThatThrownBy(() -> mother(Duration.ofSeconds(1))).isInstanceOf(HttpTimeoutException.class);

        CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).join();
        assertThat(held).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(504));

        putProfile("{\"outageWindows\": [\"" + windowAroundNow() + "\"]}");
        assertThat(mother(Duration.ofSeconds(5)).statusCode()).isEqualTo(503);
    }

    @Test
    void theSameProfileReplaysTheSameFaultsForTheSameRequestsAndAnotherSeedDoesNot() throws Exception {
        String shares = "\"serverErrorShare\": 0.3, \"permissionDeniedShare\": 0.2, \"malformedShare\": 0.2";
        putProfile("{" + shares + ", \"seed\": 99}");
        List<Integer> first = statuses(40);
        putProfile("{" + shares + ", \"seed\": 99}");
        List<Integer> replay = statuses(40);
        putProfile("{" + shares + ", \"seed\": 100}");
        List<Integer> otherSeed = statuses(40);

        assertThat(first).contains(200, 403, 500, 503);
        assertThat(replay).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void everyBadFieldIsNamedAndTheActiveProfileStays() throws Exception {
        putProfile("{\"profile\": \"realistic\"}");
        String active = getProfile().body();

        HttpResponse<String> refused = putProfile("""
                {"profile": "weekend", "hangShare": 1.5, "serverErrorShare": -0.1, "latencyMedian": "2s",
                 "latencyP99": "1s", "outageWindows": ["16:00-17:30", "16:00-17:3"], "outageMode": "SOMETIMES",
                 "outageUntil": "tomorrow"}""");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(fields(refused)).containsExactlyInAnyOrder("profile", "hangShare", "serverErrorShare",
                "latencyP99", "outageWindows[1]", "outageMode", "outageUntil");
        JsonNode error = json(refused).get("errors").get(0);
        assertThat(error.get("message").asString()).startsWith("Không có bộ lỗi mẫu");
        assertThat(error.get("messageEn").asString()).startsWith("No named fault profile");
        assertThat(getProfile().body()).isEqualTo(active);
    }

    @Test
    void sharesAboveOneUnknownFieldsWrongTypesAndBrokenJsonAreRefused() throws Exception {
        HttpResponse<String> tooMuch = putProfile("{\"hangShare\": 0.6, \"droppedConnectionShare\": 0.6}");
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(fields(tooMuch)).containsExactly("hangShare", "droppedConnectionShare");
        assertThat(codes(tooMuch)).containsOnly("SHARES_ABOVE_ONE");

        HttpResponse<String> misspelt = putProfile("{\"hangshare\": 0.5}");
        assertThat(misspelt.statusCode()).isEqualTo(422);
        assertThat(fields(misspelt)).containsExactly("hangshare");
        assertThat(codes(misspelt)).containsExactly("UNKNOWN_FIELD");

        HttpResponse<String> wrongType = putProfile("{\"hangShare\": \"lots\"}");
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(fields(wrongType)).containsExactly("hangShare");

        assertThat(putProfile("{\"hangShare\": ").statusCode()).isEqualTo(400);
        assertThat(json(getProfile()).get("profile").asString()).isEqualTo("none");
    }

    @Test
    void onlyAnAdministratorSeesOrChangesTheProfile() throws Exception {
        for (String token : List.of(TestTokens.service("orchestrator-service"), TestTokens.ops("vanhanh.test"),
                TestTokens.officer("hotich.25450", "25450"))) {
            var put = send(request(FaultProfileController.PATH, Duration.ofSeconds(5)).setHeader("Authorization",
                    "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"profile\": \"outage\"}")).build());
            var get = send(request(FaultProfileController.PATH, Duration.ofSeconds(5))
                    .setHeader("Authorization", "Bearer " + token).GET().build());
            assertThat(List.of(put.statusCode(), get.statusCode())).containsOnly(403);
        }
        assertThat(json(getProfile()).get("profile").asString()).isEqualTo("none");
        assertThat(mother(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
    }

    @Test
    void theProfileNamedAtStartUpIsActiveAndAnUnknownNameStopsTheStart() {
        try (ConfigurableApplicationContext started = start(SIMULATION, "--lienthong.faults.profile=End-Of-Day",
                "--lienthong.faults.hang-share=0.1")) {
            FaultProfile active = started.getBean(FaultInjector.class).active();
            assertThat(active.name()).isEqualTo("end-of-day");
            assertThat(active.hangShare()).isEqualTo(0.1);
            assertThat(active.outageWindows()).isEqualTo(NamedFaultProfiles.END_OF_DAY.outageWindows());
        }
        assertThatThrownBy(() -> start(SIMULATION, "--lienthong.faults.profile=weekend",
                "--lienthong.faults.latency-p99=1s", "--lienthong.faults.latency-median=2s").close())
                .hasStackTraceContaining("Not a usable fault profile: lienthong.faults.profile: No named fault profile")
                .hasStackTraceContaining("; lienthong.faults.latency-p99: The 99th percentile must not be below");
    }

    @Test
    void aProfileGivenWhileTheSimulationIsOffStopsTheStartRatherThanNotApplying() {
        assertThatThrownBy(() -> start("--lienthong.faults.profile=realistic").close())
                .hasStackTraceContaining("the fault simulation is off: set lienthong.faults.simulation=true");
    }

    private static final String SIMULATION = "--" + FaultSettings.SIMULATION + "=true";

    private ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--spring.datasource.url=" + databaseUrl());
        return new SpringApplicationBuilder(IdNumberApplication.class).web(WebApplicationType.NONE)
                .run(all.toArray(String[]::new));
    }

    private List<Integer> statuses(int count) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(mother(Duration.ofSeconds(5)).statusCode());
        }
        return statuses;
    }

    private double outagesCounted() {
        var counter = meters.find(FaultInjectionFilter.METRIC).tag("kind", "outage").counter();
        return counter == null ? 0 : counter.count();
    }

    /** A window from five minutes ago to five minutes ahead in Vietnam, across midnight if need be. */
    private static String windowAroundNow() {
        LocalTime now = LocalTime.now(FaultProfile.ZONE);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        return now.minusMinutes(5).format(hhmm) + "-" + now.plusMinutes(5).format(hhmm);
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return json(problem).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static List<String> codes(HttpResponse<String> problem) {
        return json(problem).get("errors").valueStream().map(error -> error.get("code").asString()).toList();
    }
}
