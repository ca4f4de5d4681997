package vn.lienthong.orchestrator.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import vn.lienthong.orchestrator.adapter.in.scheduling.OpsJobWorker;
import vn.lienthong.orchestrator.adapter.in.scheduling.ScheduledCallWorker;
import vn.lienthong.orchestrator.config.BackgroundWork;

/**
 * The orchestrator started as the local run's warm-start training run starts it
 * ({@code lienthong.background-work.enabled=false}, its Kafka consumers off), on its own database:
 * it answers its API and takes a dossier, and does nothing with it, no call to the population
 * database, no job, no worker running, so that such a second instance beside a running one takes
 * no work from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BackgroundWorkOffIT {

    private static final String DATABASE = "orchestrator_background_work_off";
    private static final WireMockServer POPULATION = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws SQLException {
        POPULATION.start();
        OwnDatabase.use(DATABASE, registry);
        registry.add("lienthong.procedure.population-database-url", POPULATION::baseUrl);
        registry.add(BackgroundWork.ENABLED, () -> "false");
        registry.add("spring.cloud.stream.default.consumer.auto-startup", () -> "false");
    }

    @AfterAll
    static void stop() {
        POPULATION.stop();
    }

    @Test
    void answersAndTakesADossierButWorksNone() throws InterruptedException {
        var portal = new PortalClient(port);
        var answer = portal.submit(PortalClient.exampleDossier());
        assertThat(answer.status()).isEqualTo(202);
        String dossierId = answer.body().get("dossierId").asString();

        // A running orchestrator calls the population database for a new dossier at once.
        Thread.sleep(3_000);
        assertThat(POPULATION.findAll(anyRequestedFor(anyUrl()))).as("calls to the population database").isEmpty();
        assertThat(portal.dossier(dossierId).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(jdbc.sql("select status from dossier_step where dossier_id = cast(? as uuid) and step = 'ID_NUMBER'")
                .param(dossierId).query(String.class).single()).as("the ID-number step, not claimed").isEqualTo("SCHEDULED");

        Map<String, ScheduledCallWorker> callWorkers = context.getBeansOfType(ScheduledCallWorker.class);
        Map<String, OpsJobWorker> jobWorkers = context.getBeansOfType(OpsJobWorker.class);
        assertThat(callWorkers).as("the population database's call workers").hasSize(2);
        assertThat(jobWorkers).as("the ops job workers").hasSize(2);
        for (SmartLifecycle worker : List.<SmartLifecycle>copyOf(callWorkers.values())) {
            assertThat(worker.isRunning()).isFalse();
        }
        for (SmartLifecycle worker : List.<SmartLifecycle>copyOf(jobWorkers.values())) {
            assertThat(worker.isRunning()).isFalse();
        }
        assertThat(context.getBeansOfType(ScheduledAnnotationBeanPostProcessor.class)).as("scheduled jobs").isEmpty();
    }
}
