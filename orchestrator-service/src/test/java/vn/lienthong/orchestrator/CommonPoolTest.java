package vn.lienthong.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs a JVM that sees two processors, as on the machines and containers the orchestrator runs on,
 * and asks which thread an asynchronous stage without an executor ran on.
 */
class CommonPoolTest {

    @Test
    void onTwoProcessorsAsynchronousStagesRunOnThePoolsThreadsNotOnThreadsOfTheirOwn() throws Exception {
        assertThat(threadOfAsyncStages(true)).as("with the orchestrator's setting")
                .startsWith("ForkJoinPool.commonPool-worker-");
        assertThat(threadOfAsyncStages(false)).as("the JDK's default on two processors: a thread per stage")
                .doesNotStartWith("ForkJoinPool.commonPool-worker-");
    }

    @Test
    void anExplicitSettingIsKept() throws Exception {
        assertThat(run(List.of("-D" + CommonPool.PARALLELISM + "=1"), true)).as("parallelism told to the JVM")
                .contains("parallelism=1");
    }

    private static String threadOfAsyncStages(boolean configured) throws Exception {
        String output = run(List.of(), configured);
        return output.substring(output.indexOf("thread=") + "thread=".length()).strip();
    }

    private static String run(List<String> jvmOptions, boolean configured) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:ActiveProcessorCount=2"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName(),
                Boolean.toString(configured)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe JVM ended").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** The probe JVM's main: the setting as {@code main} applies it, then one asynchronous stage. */
    static final class Probe {

        public static void main(String[] args) throws Exception {
            if (Boolean.parseBoolean(args[0])) {
                CommonPool.atLeastTwoWorkers();
            }
            String thread = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName()).get();
            System.out.println("parallelism=" + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()
                    + " thread=" + thread);
        }
    }
}
