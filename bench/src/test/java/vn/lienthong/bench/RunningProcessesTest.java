package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RunningProcessesTest {

    private static final String JAVA = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java -Xms64m -Xmx384m ";
    private static final String RUN = "java -Xms256m -Xmx1g -jar deploy/target/deploy-0.1.0-SNAPSHOT-exec.jar --root=/work/main";

    @Test
    void aSingleRunHasOneProcessPerServiceAndItsBrokerInTheRunsJvm() {
        Map<Long, String> lines = new LinkedHashMap<>();
        lines.put(100L, RUN + " --started-at=1");
        lines.put(110L, service("orchestrator-service", 8080));
        lines.put(111L, service("civil-registry-service", 8082));
        lines.put(120L, "java -cp bench/target/classes:/work/main/deploy/target/deploy-0.1.0-SNAPSHOT.jar vn.lienthong.bench.Benchmark");
        lines.put(130L, "postgres: orchestrator");

        assertThat(RunningProcesses.identify(lines)).containsExactly(
                Map.entry("civil-registry-service", 111L),
                Map.entry("orchestrator-service", 110L),
                Map.entry(RunningProcesses.RUN_JVM_WITH_KAFKA, 100L));
    }

    @Test
    void aClusterNamesEachReplicaTheOneOnTheServicesOwnPortFirstAndEachKafkaNode() {
        Map<Long, String> lines = new LinkedHashMap<>();
        lines.put(200L, RUN + " --started-at=1 --cluster");
        lines.put(201L, kafkaNode(2));
        lines.put(202L, kafkaNode(1));
        lines.put(203L, kafkaNode(3));
        // the second replica started first: a lower pid, another port
        lines.put(210L, service("orchestrator-service", 45337));
        lines.put(211L, service("orchestrator-service", 8080));

        assertThat(RunningProcesses.identify(lines)).containsExactly(
                Map.entry("orchestrator-service", 211L),
                Map.entry("orchestrator-service (replica 2)", 210L),
                Map.entry("kafka node 2", 201L),
                Map.entry("kafka node 1", 202L),
                Map.entry("kafka node 3", 203L),
                Map.entry(RunningProcesses.RUN_JVM, 200L));
    }

    private static String service(String module, int port) {
        return JAVA + "-jar /work/main/" + module + "/target/warm-start/application/" + module
                + "-0.1.0-SNAPSHOT.jar --server.port=" + port + " --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/x";
    }

    private static String kafkaNode(int node) {
        return JAVA + "-Dloader.main=vn.lienthong.deploy.local.KafkaNodeMain -cp deploy/target/deploy-0.1.0-SNAPSHOT-exec.jar "
                + "org.springframework.boot.loader.launch.PropertiesLauncher " + node + " 33375 46595 "
                + "1@127.0.0.1:46595,2@127.0.0.1:41085,3@127.0.0.1:38575 clusterid /work/main/local-run-cluster/kafka/node-" + node + " 6";
    }
}
