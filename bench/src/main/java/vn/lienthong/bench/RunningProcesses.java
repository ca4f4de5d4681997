package vn.lienthong.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienthong.deploy.local.KafkaNodeMain;
import vn.lienthong.deploy.local.Service;

/**
 * The JVMs of a system started by {@code ./run-local.sh}, named by what they run, from their
 * command lines: each service's replicas (the first is the one on the service's own port, a second
 * replica of {@code --cluster} is "{@code <module> (replica 2)}"), the Kafka nodes of a cluster
 * ("{@code kafka node N}") and the run's own JVM, which holds the single broker unless the run is a
 * cluster.
 */
final class RunningProcesses {

    static final String RUN_JVM_WITH_KAFKA = "kafka (run-local JVM)";
    static final String RUN_JVM = "run-local JVM (no broker)";
    private static final String KAFKA_NODE = "-Dloader.main=" + KafkaNodeMain.class.getName();

    private RunningProcesses() {
    }

    /** The processes running now. */
    static Map<String, Long> find() {
        Map<Long, String> commandLines = new LinkedHashMap<>();
        ProcessHandle.allProcesses().forEach(process ->
                commandLines.put(process.pid(), process.info().commandLine().orElse("")));
        return identify(commandLines);
    }

    /** Names the processes among {@code commandLines} (pid to command line) that belong to the run. */
    static Map<String, Long> identify(Map<Long, String> commandLines) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            String ownPort = "--server.port=" + service.localPort();
            List<Long> replicas = matching(commandLines, "/" + service.moduleName() + "-");
            replicas.sort(Comparator.comparing((Long pid) -> !hasArgument(commandLines.get(pid), ownPort))
                    .thenComparing(Comparator.naturalOrder()));
            for (int i = 0; i < replicas.size(); i++) {
                pids.put(i == 0 ? service.moduleName() : service.moduleName() + " (replica " + (i + 1) + ")",
                        replicas.get(i));
            }
        }
        List<Long> kafkaNodes = matching(commandLines, KAFKA_NODE);
        for (Long pid : kafkaNodes) {
            pids.put("kafka node " + nodeId(commandLines.get(pid)), pid);
        }
        List<Long> run = matching(commandLines, "deploy-", "-exec.jar", "--root=");
        if (!run.isEmpty()) {
            pids.put(kafkaNodes.isEmpty() ? RUN_JVM_WITH_KAFKA : RUN_JVM, run.get(0));
        }
        return pids;
    }

    /** The node id: the first argument after the launcher's class. */
    private static String nodeId(String commandLine) {
        List<String> words = Arrays.asList(commandLine.split(" "));
        int launcher = words.indexOf("org.springframework.boot.loader.launch.PropertiesLauncher");
        return launcher >= 0 && launcher + 1 < words.size() ? words.get(launcher + 1) : "?";
    }

    private static boolean hasArgument(String commandLine, String argument) {
        return Arrays.asList(commandLine.split(" ")).contains(argument);
    }

    private static List<Long> matching(Map<Long, String> commandLines, String... parts) {
        List<Long> pids = new ArrayList<>();
        commandLines.forEach((pid, line) -> {
            if (Arrays.stream(parts).allMatch(line::contains)) {
                pids.add(pid);
            }
        });
        pids.sort(Comparator.naturalOrder());
        return pids;
    }
}
