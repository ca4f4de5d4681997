package vn.lienthong.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lienthong.deploy.local.IdentityClient;
import vn.lienthong.deploy.local.LocalSecrets;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;

/**
 * {@code ./run-local.sh} as a person runs it, on a directory of its own and free ports: its output
 * read line by line, stopped with a signal as Ctrl-C or {@code kill} would stop it.
 */
final class LocalRunScript {

    static final Path ROOT = Path.of(System.getProperty("lienthong.repository-root", "..")).toAbsolutePath().normalize();
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern PORTAL = Pattern.compile("Portal API \\(orchestrator\\)\\s+(\\S+)/api/v1/dossiers");
    private static final Pattern POPULATION = Pattern.compile("Population database\\s+(\\S+)");
    private static final Pattern IDENTITY = Pattern.compile("Identity provider \\(OIDC\\)\\s+(\\S+)");
    private static final Pattern CONSOLE = Pattern.compile("Console \\(officers, ops\\)\\s+(\\S+)");
    private static final Pattern POSTGRES = Pattern.compile("PostgreSQL\\s+jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final Path directory;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private LocalRunScript(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
        reader = new Thread(this::read, "run-local-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code ./run-local.sh} on {@code directory} and waits until it says it is ready. */
    static LocalRunScript start(Path directory, int families, String... options) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("run-local.sh").toString(),
                "--directory=" + directory, "--free-ports", "--families=" + families));
        command.addAll(List.of(options));
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
            var script = new LocalRunScript(process, directory);
            try {
                script.awaitLine(line -> line.contains("press Ctrl-C to stop"), READY_TIMEOUT);
            } catch (RuntimeException | AssertionError notReady) {
                // The test never gets the run to stop: nothing of it may outlive the test.
                script.destroy();
                throw notReady;
            }
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                System.out.println("[run-local] " + line);
            }
        } catch (IOException e) {
            // the script ended
        }
    }

    /** Waits until the script prints a line {@code wanted} accepts; fails at once if it ends first. */
    void awaitLine(Predicate<String> wanted, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> output.stream().anyMatch(wanted) || !process.isAlive());
        if (!process.isAlive()) {
            joinReader();
        }
        if (output.stream().noneMatch(wanted)) {
            throw new AssertionError("./run-local.sh ended (" + process.exitValue() + ") without the line awaited:\n"
                    + String.join("\n", output));
        }
    }

    private void joinReader() {
        try {
            reader.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean said(String text) {
        return output.stream().anyMatch(line -> line.contains(text));
    }

    List<String> output() {
        return List.copyOf(output);
    }

    PortalConsole portal() {
        return new PortalConsole(printed(PORTAL), identity().client("national-portal", "dossiers.submit dossiers.read"));
    }

    /** The run's identity provider, with the secrets the run made up in its directory. */
    /** The orchestrator as the civil-status officer of {@code communeCode} in this run calls it. */
    PortalConsole officerOf(String communeCode) {
        return new PortalConsole(printed(PORTAL), identity().staff(RunningSystem.officerUsername(communeCode)));
    }

    IdentityClient identity() {
        return new IdentityClient(printed(IDENTITY), LocalSystem.consoleRedirectUri(printed(CONSOLE)), LocalSecrets.in(directory));
    }

    String populationDatabaseUrl() {
        return printed(POPULATION);
    }

    long count(String database, String sql) {
        String url = "jdbc:postgresql://127.0.0.1:" + printed(POSTGRES) + "/" + database;
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last address printed under that name (the output of one start only). */
    private String printed(Pattern pattern) {
        String found = null;
        for (String line : output) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                found = matcher.group(1);
            }
        }
        if (found == null) {
            throw new IllegalStateException("not printed: " + pattern);
        }
        return found;
    }

    /** Sends a signal (INT, TERM, KILL) to the script, as Ctrl-C or kill would. */
    void signal(String name) {
        signal(process.pid(), name);
    }

    static void signal(long pid, String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the script to end; returns its exit status. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("./run-local.sh still running after " + timeout);
            }
            joinReader();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The process a run recorded under that name ({@code supervisor} or a service's module). */
    long recordedPid(String name) {
        try {
            return Files.readAllLines(directory.resolve("processes")).stream()
                    .map(line -> line.split(" "))
                    .filter(parts -> parts[0].equals(name))
                    .mapToLong(parts -> Long.parseLong(parts[1]))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no process recorded as " + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL server running on the run's data directory, as its postmaster.pid names it. */
    Optional<ProcessHandle> postgresServer() {
        try {
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postgres").resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Makes sure nothing of this run is left running, whatever the test did. */
    void destroy() {
        try {
            if (process.isAlive()) {
                signal("TERM");
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            Path recorded = directory.resolve("processes");
            if (Files.isRegularFile(recorded)) {
                for (String line : Files.readAllLines(recorded)) {
                    String[] parts = line.split(" ");
                    String mark = parts[0].equals("supervisor") ? "deploy-" : parts[0];
                    ProcessHandle.of(Long.parseLong(parts[1]))
                            .filter(handle -> handle.info().commandLine().orElse("").contains(mark))
                            .ifPresent(ProcessHandle::destroyForcibly);
                }
            }
            postgresServer().ifPresent(server -> signal(server.pid(), "INT"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
