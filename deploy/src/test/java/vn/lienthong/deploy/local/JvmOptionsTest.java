package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC",
            "-XX:StartFlightRecording=filename=/tmp/{service}.jfr",
            "orchestrator-service:-XX:TieredStopAtLevel=4",
            "residence-service:-Xlog:gc:file=/tmp/{service}-gc.log");

    @Test
    void anOptionNamedForOneServiceGoesToItsJvmOnly() {
        assertThat(LocalSystem.jvmOptions(OPTIONS, Service.ORCHESTRATOR)).containsExactly("-XX:+UseSerialGC",
                "-XX:StartFlightRecording=filename=/tmp/orchestrator-service.jfr", "-XX:TieredStopAtLevel=4");
        assertThat(LocalSystem.jvmOptions(OPTIONS, Service.RESIDENCE)).containsExactly("-XX:+UseSerialGC",
                "-XX:StartFlightRecording=filename=/tmp/residence-service.jfr",
                "-Xlog:gc:file=/tmp/residence-service-gc.log");
        assertThat(LocalSystem.jvmOptions(OPTIONS, Service.CONSOLE)).containsExactly("-XX:+UseSerialGC",
                "-XX:StartFlightRecording=filename=/tmp/console.jfr");
    }
}
