package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void byDefaultTheBenchmarkStartsItsOwnSystemWithEnoughFamiliesForTheRun() {
        BenchOptions options = BenchOptions.parse(new String[] {"--rate=10", "--warmup=30s", "--duration=20s"});

        assertThat(options.running()).isNull();
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.families()).isEqualTo(10 * 50 * 12 / 10 + 500);
    }

    @Test
    void aRunningSystemIsNamedByItsKafkaAndUsesTheLocalRunsPopulation() {
        BenchOptions options = BenchOptions.parse(new String[] {"--running", "--kafka=127.0.0.1:40123"});

        assertThat(options.running().kafkaBootstrapServers()).isEqualTo("127.0.0.1:40123");
        assertThat(options.running().orchestratorUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(options.running().jdbcUrl("orchestrator")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/orchestrator");
        assertThat(options.families()).isEqualTo(500);
        assertThat(options.running().directory()).as("where the run keeps Kafka's admin password")
                .isEqualTo(options.root().resolve("local-run"));
    }

    @Test
    void aFixedRateNeedsADossierForEverySecondOfWarmUpAndWindow() {
        BenchOptions own = BenchOptions.parse(new String[] {"--rate=10", "--warmup=60s", "--duration=30s"});
        BenchOptions running = BenchOptions.parse(new String[] {"--running", "--kafka=127.0.0.1:40123", "--rate=10",
                "--warmup=60s", "--duration=30s"});
        BenchOptions asFastAsTaken = BenchOptions.parse(new String[] {"--running", "--kafka=127.0.0.1:40123"});

        assertThat(own.shortOfDossiers(900)).isNull();
        assertThat(own.shortOfDossiers(899)).isEqualTo("10 dossiers/s for 90 s need 900 dossiers; 899 are prepared: "
                + "give --families=1580");
        assertThat(running.shortOfDossiers(496)).startsWith("10 dossiers/s for 90 s need 900 dossiers; 496 are prepared: "
                + "start ./run-local.sh --families=1580 and give the benchmark the same --families");
        assertThat(asFastAsTaken.shortOfDossiers(1)).as("no fixed rate: the end of the dossiers is reported after the run")
                .isNull();
    }

    @Test
    void aRunningSystemInAnotherDirectoryIsNamedByIt() {
        BenchOptions options = BenchOptions.parse(new String[] {"--running", "--kafka=127.0.0.1:40123",
                "--directory=/srv/lienthong-run"});

        assertThat(options.running().directory()).isEqualTo(java.nio.file.Path.of("/srv/lienthong-run"));
    }

    @Test
    void aRunningSystemCannotBeStartedDifferentlyAndNeedsItsKafka() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--running"}))
                .hasMessageContaining("--kafka=HOST:PORT");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--running", "--kafka=127.0.0.1:1", "--fault-profile=outage"}))
                .hasMessageContaining("./run-local.sh");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--running", "--kafka=127.0.0.1:1", "--system-nice=5"}))
                .as("the benchmark does not change the priority of a system it did not start")
                .hasMessageContaining("./run-local.sh");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rate=fast"}))
                .hasMessage("--rate: not a whole number of 0 or more: fast");
    }

    @Test
    void aJvmOptionIsForEveryServiceOrForOneNamedByItsModule() {
        BenchOptions options = BenchOptions.parse(new String[] {"--jvm=-XX:+UseSerialGC",
                "--jvm=orchestrator-service:-XX:TieredStopAtLevel=4"});

        assertThat(options.jvmOptions()).containsExactly("-XX:+UseSerialGC", "orchestrator-service:-XX:TieredStopAtLevel=4");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--jvm=orchestrator:-Xmx1g"}))
                .hasMessageStartingWith("--jvm: an option such as -XX:TieredStopAtLevel=4, or <module>:<option> "
                        + "for one service (")
                .hasMessageContaining("orchestrator-service")
                .hasMessageEndingWith("not orchestrator:-Xmx1g");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--jvm=Xmx1g"})).hasMessageEndingWith("not Xmx1g");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--jvm=residence-service:Xmx1g"}))
                .hasMessageEndingWith("not residence-service:Xmx1g");
    }

    @Test
    void underOverloadTheSystemItStartsRunsBelowTheLoadGeneratorsPriorityUnlessToldOtherwise() {
        assertThat(BenchOptions.parse(new String[] {}).systemNiceFor(true)).isEqualTo(10);
        assertThat(BenchOptions.parse(new String[] {}).systemNiceFor(false)).as("at saturation or a fixed rate").isZero();
        assertThat(BenchOptions.parse(new String[] {"--system-nice=0"}).systemNiceFor(true)).isZero();
        assertThat(BenchOptions.parse(new String[] {"--system-nice=5"}).systemNiceFor(false)).isEqualTo(5);
        assertThat(BenchOptions.parse(new String[] {"--running", "--kafka=127.0.0.1:1"}).systemNiceFor(true)).isZero();
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--system-nice=20"}))
                .hasMessage("--system-nice: 0 (as the load generator) to 19, not 20");
    }
}
