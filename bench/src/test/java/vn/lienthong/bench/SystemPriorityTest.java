package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                assertThat(SystemPriority.niceOf(thread)).as("thread %d", thread).isEqualTo(7);
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

    @Test
    void aNiceValueOutsideOneToNineteenIsRefused() {
        assertThatThrownBy(() -> SystemPriority.lower(List.of(ProcessHandle.current().pid()), 0))
                .hasMessageContaining("1 to 19");
        assertThatThrownBy(() -> SystemPriority.lower(List.of(ProcessHandle.current().pid()), 20))
                .hasMessageContaining("1 to 19");
    }
}
