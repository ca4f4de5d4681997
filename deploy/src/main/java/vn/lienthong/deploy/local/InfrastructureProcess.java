package vn.lienthong.deploy.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kafka and PostgreSQL started by {@link InfrastructureMain} in a child process. */
public final class InfrastructureProcess {

    private final Process process;
    private final String kafkaServers;
    private final int postgresPort;

    private InfrastructureProcess(Process process, String kafkaServers, int postgresPort) {
        this.process = process;
        this.kafkaServers = kafkaServers;
        this.postgresPort = postgresPort;
    }

    /** {@code kafka}: the broker's users' passwords, given to the process in its environment. */
    static InfrastructureProcess start(int postgresPort, Path data, boolean durable, LocalKafka.Credentials kafka, Path log) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx768m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                InfrastructureMain.class.getName(), Integer.toString(postgresPort),
                data.toString(), Boolean.toString(durable));
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put(InfrastructureMain.KAFKA_ADMIN_PASSWORD, kafka.adminPassword());
            builder.environment().put(InfrastructureMain.KAFKA_CONTROLLER_PASSWORD, kafka.controllerPassword());
            Process process = builder.start();
            var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            var output = Files.newBufferedWriter(log);
            String line;
            while ((line = reader.readLine()) != null) {
                output.write(line);
                output.newLine();
                if (line.startsWith("READY ")) {
                    output.flush();
                    String[] parts = line.split(" ");
                    var started = new InfrastructureProcess(process, parts[1].substring("kafka=".length()),
                            Integer.parseInt(parts[2].substring("postgres=".length())));
                    drain(reader, output);
                    return started;
                }
            }
            output.close();
            throw new IllegalStateException("Kafka and PostgreSQL did not start; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka and PostgreSQL", e);
        }
    }

    private static void drain(BufferedReader reader, java.io.BufferedWriter output) {
        Thread thread = new Thread(() -> {
            try (reader; output) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.write(line);
                    output.newLine();
                    output.flush();
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "infrastructure-log");
        thread.setDaemon(true);
        thread.start();
    }

    public long pid() {
        return process.pid();
    }

    public String kafkaServers() {
        return kafkaServers;
    }

    public int postgresPort() {
        return postgresPort;
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
