package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One service running as its own operating-system process, from its executable jar, with its
 * output in a log file. It can be stopped gracefully, or killed outright to simulate a crash.
 * An exit nobody asked for (not {@link #stop()} nor {@link #kill()}) is reported to the listener
 * given to {@link #watch}.
 */
public final class ServiceProcess {

    /** Told when the process ends without having been asked to. */
    interface ExitListener {
        void exitedUnexpectedly(ServiceProcess process, int exitCode);
    }

    private static final Path NICE = Path.of("/usr/bin/nice");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final Path jar;
    private final int port;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    /** Secrets go in the environment, not on the command line that every user of the machine can list. */
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private boolean lowPriority;
    /** Set by stop() and kill(), so the exit they cause is not taken for a crash. */
    private boolean exitRequested;
    private volatile ExitListener listener;

    ServiceProcess(Service service, Path jar, int port, List<String> jvmOptions, List<String> arguments, Path log) {
        this(service, jar, port, jvmOptions, arguments, Map.of(), log);
    }

    ServiceProcess(Service service, Path jar, int port, List<String> jvmOptions, List<String> arguments,
                   Map<String, String> environment, Path log) {
        this.environment = Map.copyOf(environment);
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
        this.log = log;
    }

    /**
     * The same service, arguments and environment, started from {@code otherJar} with
     * {@code extraJvmOptions}; {@code leftOut} drops the arguments it accepts and
     * {@code extraArguments} come after the others, {@code lowPriority} runs it at the lowest CPU
     * priority (nice 19, where the system has {@code nice}), and the output goes to
     * {@code otherLog} on {@code otherPort}.
     */
    ServiceProcess variant(Path otherJar, int otherPort, List<String> extraJvmOptions,
                           java.util.function.Predicate<String> leftOut, List<String> extraArguments,
                           boolean lowPriority, Path otherLog) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(extraJvmOptions);
        List<String> kept = new ArrayList<>(arguments.stream().filter(leftOut.negate()).toList());
        kept.addAll(extraArguments);
        var variant = new ServiceProcess(service, otherJar, otherPort, options, kept, environment, otherLog);
        variant.lowPriority = lowPriority && Files.isExecutable(NICE);
        return variant;
    }

    /**
     * Waits until the process ends by itself and returns its exit code; kills it when
     * {@code timeout} passes or {@code abandoned} says to stop waiting, and then returns -1.
     */
    int awaitExit(Duration timeout, BooleanSupplier abandoned) {
        Process running;
        synchronized (this) {
            running = process;
        }
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !abandoned.getAsBoolean()) {
            if (waitFor(running, Duration.ofMillis(250))) {
                return running.exitValue();
            }
        }
        kill();
        return -1;
    }

    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(service + " is already running");
        }
        List<String> command = new ArrayList<>();
        if (lowPriority) {
            command.addAll(List.of(NICE.toString(), "-n", "19"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process started = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            process = started;
            exitRequested = false;
            started.onExit().thenAccept(this::ended);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service, e);
        }
    }

    /** From now on, an exit nobody asked for is reported to {@code listener}. */
    void watch(ExitListener listener) {
        this.listener = listener;
    }

    private void ended(Process ended) {
        ExitListener told = listener;
        synchronized (this) {
            // An earlier process of this service (replaced since), or an exit that was asked for.
            if (ended != process || exitRequested || told == null) {
                return;
            }
        }
        told.exitedUnexpectedly(this, ended.exitValue());
    }

    /** Waits until the service reports itself ready to take work. */
    public void awaitReady(Duration timeout) {
        awaitReady(timeout, () -> false);
    }

    /** Waits until the service is ready, or until {@code abandoned} says to stop waiting. */
    void awaitReady(Duration timeout, BooleanSupplier abandoned) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !abandoned.getAsBoolean()) {
            if (!isAlive()) {
                throw new IllegalStateException(service + " exited with code " + process.exitValue() + "; see " + log);
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        if (abandoned.getAsBoolean()) {
            throw new IllegalStateException("stopped waiting for " + service + ": a stop was asked for");
        }
        throw new IllegalStateException(service + " not ready after " + timeout + "; see " + log);
    }

    public boolean isReady() {
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the process at once (SIGKILL), as a crash or a pulled plug would. */
    public synchronized void kill() {
        if (process != null) {
            exitRequested = true;
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
        }
    }

    /** Asks the process to shut down (SIGTERM), then waits for it. */
    public void stop() {
        requestStop();
        awaitStop();
    }

    /** Asks the process to shut down (SIGTERM) and returns at once. */
    public synchronized void requestStop() {
        if (process != null) {
            exitRequested = true;
            process.destroy();
        }
    }

    /** Waits for a stop asked by {@link #requestStop()}: 30 s, then the process is killed. */
    public void awaitStop() {
        Process stopping;
        synchronized (this) {
            stopping = process;
        }
        if (stopping != null && !waitFor(stopping, Duration.ofSeconds(30))) {
            stopping.destroyForcibly();
            waitFor(stopping, Duration.ofSeconds(10));
        }
    }

    /** The last {@code count} lines of the service's log, to show why it ended. */
    public List<String> lastLogLines(int count) {
        return LogTail.lastLines(log, count);
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process.pid();
    }

    /** The running process, for recording it (null before the first start). */
    synchronized ProcessHandle handle() {
        return process == null ? null : process.toHandle();
    }

    public Service service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
