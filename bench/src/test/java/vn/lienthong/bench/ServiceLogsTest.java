package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLogsTest {

    @TempDir
    Path directory;

    @Test
    void copiesEveryLogAndCountsItsErrorsAndWarningsButNotAStackTrace() throws IOException {
        Path logs = Files.createDirectories(directory.resolve("logs"));
        Files.writeString(logs.resolve("orchestrator-service.log"), """
                  .   ____          _
                2026-12-05T08:46:03.657Z  INFO 17204 --- [orchestrator-service] [main] Started
                2026-12-05T08:46:10.584Z  WARN 17204 --- [orchestrator-service] [main] slow
                2026-12-05T08:47:10.584Z ERROR 17204 --- [orchestrator-service] [http-nio-1] Servlet failed
                java.lang.IllegalStateException: ERROR in the message
                	at vn.lienthong.Example.run(Example.java:1)
                2026-12-05T08:47:11.001Z ERROR 17204 --- [orchestrator-service] [http-nio-2] Servlet failed
                """);
        Files.writeString(logs.resolve("infrastructure.log"), "08:48:48.097 INFO  [main] stopped\n");
        Files.writeString(logs.resolve("kafka.gc"), "not a log\n");

        Path kept = directory.resolve("results").resolve("overload-logs");
        ServiceLogs.Counts counts = ServiceLogs.keep(logs, kept);

        assertThat(counts.errors()).isEqualTo(Map.of("orchestrator-service.log", 2L));
        assertThat(counts.warnings()).isEqualTo(Map.of("orchestrator-service.log", 1L));
        assertThat(kept.resolve("orchestrator-service.log")).hasSameTextualContentAs(logs.resolve("orchestrator-service.log"));
        assertThat(kept.resolve("infrastructure.log")).exists();
        assertThat(kept.resolve("kafka.gc")).doesNotExist();
    }

    @Test
    void readsTheLevelOfBothLineFormats() {
        assertThat(ServiceLogs.levelOf("08:48:48.097 ERROR [main] v.l.LocalSystem - failed")).isEqualTo("ERROR");
        assertThat(ServiceLogs.levelOf("2026-12-05T08:46:03.657Z  WARN 1 --- [x]")).isEqualTo("WARN");
        assertThat(ServiceLogs.levelOf("\tat java.base/Thread.run")).isEmpty();
        assertThat(ServiceLogs.levelOf("")).isEmpty();
    }
}
