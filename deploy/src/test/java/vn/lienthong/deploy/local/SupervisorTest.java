package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the supervisor says and does when a service exits unexpectedly, over and over. */
class SupervisorTest {

    @TempDir
    Path logs;

    private final List<String> console = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Long> restarts = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> givenUp = new LinkedBlockingQueue<>();

    private final Supervisor.Restarts system = new Supervisor.Restarts() {
        @Override
        public void restart(ServiceProcess process) {
            restarts.add(System.nanoTime());
        }

        @Override
        public void awaitReady(ServiceProcess process) {
        }

        @Override
        public void giveUp(String reason) {
            givenUp.add(reason);
        }
    };

    @Test
    void anUnexpectedExitIsReportedWithTheEndOfTheLogAndRestartedAfterPausesThatDouble() throws Exception {
        ServiceProcess civilRegistry = service(Service.CIVIL_REGISTRY, 30);
        var supervisor = new Supervisor(new LocalSystem.Supervision(5, Duration.ofMinutes(10), Duration.ofMillis(200)),
                console::add, system);

        long exit = System.nanoTime();
        supervisor.exitedUnexpectedly(civilRegistry, 137);
        Long first = restarts.poll(10, TimeUnit.SECONDS);
        supervisor.exitedUnexpectedly(civilRegistry, 1);
        long secondExit = System.nanoTime();
        Long second = restarts.poll(10, TimeUnit.SECONDS);

        assertThat(first).as("first restart").isNotNull();
        assertThat(Duration.ofNanos(first - exit)).as("first pause").isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(second).as("second restart").isNotNull();
        assertThat(Duration.ofNanos(second - secondExit)).as("second pause").isGreaterThanOrEqualTo(Duration.ofMillis(400));
        String report = console.get(0);
        assertThat(report).contains("civil-registry-service exited unexpectedly (exit code 137)")
                .contains("line 30").contains("line 11").doesNotContain("line 10\n");
        assertThat(console).anySatisfy(line -> assertThat(line)
                .contains("restarting civil-registry-service in 200 ms (restart 1, at most 5 within 10 minutes)"));
        assertThat(console).anySatisfy(line -> assertThat(line).contains("restarting civil-registry-service in 400 ms"));
        assertThat(givenUp).isEmpty();
        supervisor.stop();
    }

    @Test
    void oneExitMoreThanTheRestartsAllowedWithinTheWindowStopsEverythingSayingWhy() throws Exception {
        ServiceProcess orchestrator = service(Service.ORCHESTRATOR, 3);
        var supervisor = new Supervisor(new LocalSystem.Supervision(2, Duration.ofMinutes(10), Duration.ofMillis(10)),
                console::add, system);

        for (int exit = 0; exit < 2; exit++) {
            supervisor.exitedUnexpectedly(orchestrator, 1);
            assertThat(restarts.poll(10, TimeUnit.SECONDS)).as("restart %d", exit + 1).isNotNull();
        }
        supervisor.exitedUnexpectedly(orchestrator, 1);
        String reason = givenUp.poll(10, TimeUnit.SECONDS);

        assertThat(reason).isNotNull().startsWith("Dịch vụ orchestrator-service")
                .contains("orchestrator-service exited unexpectedly 3 times within 10 minutes; stopping everything");
        assertThat(restarts.poll(300, TimeUnit.MILLISECONDS)).as("a third restart").isNull();
        supervisor.exitedUnexpectedly(orchestrator, 1);
        assertThat(restarts.poll(300, TimeUnit.MILLISECONDS)).as("a restart after giving up").isNull();
    }

    @Test
    void afterTheStopAnExitIsNotRestarted() throws Exception {
        ServiceProcess residence = service(Service.RESIDENCE, 3);
        var supervisor = new Supervisor(LocalSystem.Supervision.DEFAULT, console::add, system);

        supervisor.stop();
        supervisor.exitedUnexpectedly(residence, 143);

        assertThat(restarts.poll(1500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(console).isEmpty();
    }

    /** A service, not started, whose log holds {@code lines} numbered lines. */
    private ServiceProcess service(Service service, int lines) throws IOException {
        Path log = logs.resolve(service.moduleName() + ".log");
        Files.write(log, IntStream.rangeClosed(1, lines).mapToObj(n -> "line " + n).toList());
        return new ServiceProcess(service, Path.of("no.jar"), 0, List.of(), List.of(), log);
    }
}
