package vn.lienthong.deploy.local;

import java.nio.file.Path;

/**
 * One node of the local Kafka cluster ({@link LocalKafkaCluster}) in a process of its own, so that
 * it can be killed outright (SIGKILL) as a crashed machine would be. Prints {@code READY} once the
 * node has started, and stops it when the process is told to stop. Arguments:
 * {@code <node id> <port> <controller port> <voters> <cluster id> <log directory> <partitions>};
 * the admin's and controller's passwords in the environment, as for {@link InfrastructureMain}.
 */
public final class KafkaNodeMain {

    private KafkaNodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int nodeId = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        var node = new LocalKafka.ClusterNode(nodeId, args[3], LocalKafkaCluster.REPLICATION_FACTOR,
                LocalKafkaCluster.MIN_IN_SYNC_REPLICAS, args[4]);
        var credentials = new LocalKafka.Credentials(System.getenv(InfrastructureMain.KAFKA_ADMIN_PASSWORD),
                System.getenv(InfrastructureMain.KAFKA_CONTROLLER_PASSWORD));
        LocalKafka kafka = LocalKafka.startNode(Integer.parseInt(args[6]), Path.of(args[5]), port, controllerPort,
                credentials, node);
        StopSignals.onStop(kafka::close, () -> { });
        System.out.println("READY node=" + nodeId + " kafka=" + kafka.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }
}
