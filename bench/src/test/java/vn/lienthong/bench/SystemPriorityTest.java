package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SystemPriorityTest {

    @Test
    void everyThreadOfTheProcessAndOfTheProcessesItStartedIsLowered() throws Exception {
        // A shell that started two processes of its own, as the broker's JVM starts PostgreSQL.
        Process shell = new ProcessBuilder("sh", "-c", "sleep 60 & sleep 60 & wait").start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (shell.descendants().count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(shell.descendants().count()).isEqualTo(2);

            int lowered = SystemPriority.lower(List.of(shell.pid()), 7);

            Set<Long> threads = SystemPriority.threadsOf(List.of(shell.pid()));
            assertThat(threads).hasSize(3).contains(shell.pid());
            assertThat(lowered).isEqualTo(3);
            for (long thread : threads) {
                assertThat(niceOf(thread)).as("thread %d", thread).isEqualTo(7);
            }
        } finally {
            shell.descendants().forEach(ProcessHandle::destroy);
            shell.destroy();
        }
    }

    @Test
    void everyThreadOfAJvmIsListedNotOnlyItsFirst() throws Exception {
        assertThat(SystemPriority.threadsOf(List.of(ProcessHandle.current().pid())))
                .hasSizeGreaterThan(Thread.activeCount());
    }

    /** The nice value of thread {@code tid}: field 19 of its stat. */
    private static int niceOf(long tid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(tid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    @Test
    void aNiceValueOutsideOneToNineteenIsRefused() {
        assertThatThrownBy(() -> SystemPriority.lower(List.of(ProcessHandle.current().pid()), 0))
                .hasMessageContaining("1 to 19");
        assertThatThrownBy(() -> SystemPriority.lower(List.of(ProcessHandle.current().pid()), 20))
                .hasMessageContaining("1 to 19");
    }
}
