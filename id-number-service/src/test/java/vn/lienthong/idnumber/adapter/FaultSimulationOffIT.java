package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.lienthong.idnumber.adapter.in.web.faults.FaultInjectionFilter;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultInjector;
import vn.lienthong.idnumber.adapter.in.web.faults.FaultProfileController;
import vn.lienthong.web.testing.TestTokens;

/**
 * The service as production runs it, with the fault simulation off (the default): there is no
 * fault model at all, so not even an administrator finds the fault-profile API, and no request
 * passes a fault filter.
 */
class FaultSimulationOffIT extends RunningService {

    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    ApplicationContext context;

    @Test
    void theFaultProfileApiIsNotThereEvenForAnAdministrator() throws Exception {
        String admin = TestTokens.admin("quantri.test");

        var get = send(profile(admin).GET().build());
        var put = send(profile(admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"profile\": \"outage\"}")).build());

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(put.statusCode()).isEqualTo(404);
        assertThat(get.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(send(profile(TestTokens.service("orchestrator-service")).GET().build()).statusCode())
                .as("the admin API stays the administrator's").isEqualTo(403);
        assertThat(citizen("070198001234").code()).as("the API works, with no outage").isEqualTo(200);
    }

    @Test
    void noFaultFilterNorFaultModelExists() {
        assertThat(context.getBeansOfType(FaultInjector.class)).isEmpty();
        assertThat(context.getBeanNamesForType(FaultProfileController.class)).isEmpty();
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof FaultInjectionFilter);
    }

    private HttpRequest.Builder profile(String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FaultProfileController.PATH))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
