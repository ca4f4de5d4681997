package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienthong.deploy.local.SharedInfrastructure;

class ProcessMeterIT {

    @Test
    void aJvmsBusiestThreadsAreShownByKind() throws Exception {
        var meter = new ProcessMeter(Map.of("this JVM", ProcessHandle.current().pid()));
        meter.start();
        var spun = new java.util.concurrent.CountDownLatch(2);
        var metered = new java.util.concurrent.CountDownLatch(1);
        Runnable work = () -> {
            spin();
            spun.countDown();
            try {
                metered.await(); // alive when metered: an ended thread is not counted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<Thread> workers = List.of(new Thread(work, "busy-worker-7"), new Thread(work, "busy-worker-12"));
        workers.forEach(Thread::start);
        spun.await();
        List<ProcessMeter.Usage> usage = meter.stop();
        metered.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(usage).singleElement().satisfies(jvm -> {
            assertThat(jvm.threads()).hasSizeLessThanOrEqualTo(ProcessMeter.THREAD_GROUPS_KEPT);
            assertThat(jvm.threads().get(0).threads()).as("the two workers, as one kind").isEqualTo("busy-worker-N");
            assertThat(jvm.threads().get(0).cpuSeconds()).isGreaterThan(0.4).isLessThanOrEqualTo(jvm.cpuSeconds());
            // the machine ran at least this JVM; a tick of rounding on each of its two readings
            assertThat(meter.machine().busySeconds()).as("the whole machine's CPU")
                    .isGreaterThanOrEqualTo(jvm.cpuSeconds() - 0.02);
        });
    }

    @Test
    void theWindowIsTimedByTheMetersOwnReadingsAndTheMemoryIsReadWhileTheyAreTaken() throws Exception {
        var meter = new ProcessMeter(Map.of("this JVM", ProcessHandle.current().pid()));
        long before = System.nanoTime();
        meter.start();
        long started = System.nanoTime();
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                meter.sample();
            }
        });
        sampler.start();
        Thread.sleep(300);
        long stopping = System.nanoTime();
        List<ProcessMeter.Usage> usage = meter.stop();
        long stopped = System.nanoTime();
        sampler.interrupt();
        sampler.join();

        assertThat(meter.startedAt()).isBetween(before, started);
        assertThat(meter.stoppedAt()).isBetween(stopping, stopped);
        assertThat(usage).singleElement().satisfies(jvm -> assertThat(jvm.peakMegabytes()).isGreaterThan(10));
    }

    /** About half a second of CPU on the calling thread. */
    private static void spin() {
        var thread = java.lang.management.ManagementFactory.getThreadMXBean();
        long until = thread.getCurrentThreadCpuTime() + 500_000_000L;
        long sink = 0;
        while (thread.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 100_000; i++) {
                sink += i ^ sink;
            }
        }
        if (sink == 42) {
            System.out.println(sink);
        }
    }

    @Test
    void postgresCpuIsCountedFromTheSystemsPostmasterAndItsBackendsByKind() throws Exception {
        var postgres = SharedInfrastructure.postgres();
        String url = postgres.jdbcUrl("postgres");
        long postmaster = ProcessMeter.postmasterOf(url, postgres.username());

        assertThat(Files.readString(Path.of("/proc", Long.toString(postmaster), "comm")).strip()).isEqualTo("postgres");
        var meter = new ProcessMeter(Map.of(ProcessMeter.POSTGRES, postmaster));
        List<ProcessMeter.Usage> usage;
        try (var open = DriverManager.getConnection(url, postgres.username(), "");
             var openStatement = open.createStatement()) {
            openStatement.execute("select 1");
            // A second of work before the window, in a backend that ends inside it: not the window's.
            var workedBefore = DriverManager.getConnection(url, postgres.username(), "");
            try (var statement = workedBefore.createStatement()) {
                statement.execute("select count(*) from generate_series(1, 20000000)");
            }
            meter.start();
            workedBefore.close();
            // A second of work in a backend that is still there at the end, and one in a backend that ended.
            openStatement.execute("select count(*) from generate_series(1, 20000000)");
            try (var closed = DriverManager.getConnection(url, postgres.username(), "");
                 var statement = closed.createStatement()) {
                statement.execute("select count(*) from generate_series(1, 20000000)");
            }
            Thread.sleep(300); // the postmaster counts an ended backend once it has reaped it
            usage = meter.stop();
        }

        assertThat(usage).singleElement().satisfies(postgresUsage -> {
            assertThat(postgresUsage.name()).isEqualTo(ProcessMeter.POSTGRES);
            assertThat(postgresUsage.cpuSeconds()).isGreaterThan(0.6);
            Map<String, Double> kinds = postgresUsage.threads().stream().collect(
                    java.util.stream.Collectors.toMap(ProcessMeter.ThreadGroupCpu::threads,
                            ProcessMeter.ThreadGroupCpu::cpuSeconds));
            assertThat(kinds).containsKeys("backend postgres", ProcessMeter.ENDED_PROCESSES);
            assertThat(kinds.get("backend postgres")).isGreaterThan(0.3);
            assertThat(kinds.get(ProcessMeter.ENDED_PROCESSES)).isGreaterThan(0.3);
            assertThat(kinds.values().stream().mapToDouble(Double::doubleValue).sum())
                    .as("the kinds add up to the whole, with nothing from before the window")
                    .isLessThanOrEqualTo(postgresUsage.cpuSeconds() + 0.02);
        });
    }
}
