package vn.lienthong.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import vn.lienthong.deploy.local.Service;

/**
 * What to run. {@code rate} 0 means as fast as the system takes dossiers (at most
 * {@code maxInFlight} submitted and not yet completed); otherwise a fixed number per second.
 */
record BenchOptions(Path root, int rate, Duration warmup, Duration duration, int maxInFlight, String faultProfile,
                    int families, boolean skipPartsAlone, boolean profile, Path output, List<String> serviceArguments,
                    List<String> jvmOptions, Running running, int deathPercent, Integer systemNice) {

    /**
     * A system already running, started by {@code ./run-local.sh}: where its orchestrator, Kafka and
     * PostgreSQL are. Its agencies hold the local run's population (seed 42), of which the
     * benchmark submits each family once. {@code directory} is the run's data directory, where its
     * secrets are (Kafka's admin password).
     */
    record Running(String orchestratorUrl, String kafkaBootstrapServers, String postgresHostAndPort, Path directory) {

        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + postgresHostAndPort + "/" + database;
        }
    }

    /**
     * The nice value the benchmark gives the system it starts in the overload mode, the load
     * generator staying at 0 ({@link SystemPriority}); the other modes leave the system at the load
     * generator's priority unless {@code --system-nice} says otherwise (docs/performance.md, "The
     * load generator's priority").
     */
    static final int OVERLOAD_SYSTEM_NICE = 10;

    /** The nice value for the system in this run: 0 leaves it as it is. */
    int systemNiceFor(boolean overload) {
        if (running != null) {
            return 0;
        }
        return systemNice != null ? systemNice : overload ? OVERLOAD_SYSTEM_NICE : 0;
    }

    /**
     * A JVM option for every service ({@code -XX:…}), or for one ({@code orchestrator-service:-XX:…}),
     * as {@code LocalSystem} takes them.
     */
    static String jvmOption(String value) {
        if (value.startsWith("-")) {
            return value;
        }
        int colon = value.indexOf(':');
        if (colon < 0 || !value.startsWith("-", colon + 1) || Service.ofModule(value.substring(0, colon)).isEmpty()) {
            throw new IllegalArgumentException("--jvm: an option such as -XX:TieredStopAtLevel=4, or <module>:<option> "
                    + "for one service (" + Arrays.stream(Service.values()).map(Service::moduleName)
                    .collect(Collectors.joining(", ")) + "), not " + value);
        }
        return value;
    }

    static BenchOptions parse(String[] args) {
        Path root = Path.of(".").toAbsolutePath().normalize();
        int rate = 0;
        Duration warmup = Duration.ofSeconds(120);
        Duration duration = Duration.ofSeconds(60);
        int maxInFlight = 1000;
        String faultProfile = null;
        int families = 0;
        boolean skipPartsAlone = false;
        boolean profile = false;
        Path output = null;
        List<String> serviceArguments = new ArrayList<>();
        List<String> jvmOptions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean useRunning = false;
        String orchestrator = "http://127.0.0.1:8080";
        String kafka = null;
        String postgres = "127.0.0.1:5432";
        Path runDirectory = null;
        int deathPercent = 0;
        Integer systemNice = null;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--root=")) {
                root = Path.of(value).toAbsolutePath().normalize();
            } else if (arg.startsWith("--rate=")) {
                rate = value.equals("max") ? 0 : integer(arg, value);
            } else if (arg.startsWith("--warmup=")) {
                warmup = seconds(arg, value);
            } else if (arg.startsWith("--duration=")) {
                duration = seconds(arg, value);
            } else if (arg.startsWith("--max-in-flight=")) {
                maxInFlight = integer(arg, value);
            } else if (arg.startsWith("--fault-profile=")) {
                faultProfile = value;
            } else if (arg.startsWith("--families=")) {
                families = integer(arg, value);
            } else if (arg.equals("--skip-parts-alone")) {
                skipPartsAlone = true;
            } else if (arg.equals("--profile")) {
                profile = true;
            } else if (arg.startsWith("--jvm=")) {
                jvmOptions.add(jvmOption(value));
            } else if (arg.startsWith("--arg=")) {
                serviceArguments.add(value);
            } else if (arg.equals("--running")) {
                useRunning = true;
            } else if (arg.startsWith("--orchestrator=")) {
                orchestrator = value;
            } else if (arg.startsWith("--kafka=")) {
                kafka = value;
            } else if (arg.startsWith("--postgres=")) {
                postgres = value;
            } else if (arg.startsWith("--directory=")) {
                runDirectory = Path.of(value).toAbsolutePath().normalize();
            } else if (arg.startsWith("--mix=")) {
                deathPercent = deathPercent(value);
            } else if (arg.startsWith("--system-nice=")) {
                systemNice = integer(arg, value);
                if (systemNice > 19) {
                    throw new IllegalArgumentException("--system-nice: 0 (as the load generator) to 19, not " + value);
                }
            } else if (arg.startsWith("--out=")) {
                output = Path.of(value);
            } else {
                unknown.add(arg);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + unknown + "; known: --rate=N|max --warmup=20s "
                    + "--duration=60s --max-in-flight=1000 --fault-profile=NAME --families=N --mix=birth:80,death:20 --skip-parts-alone --system-nice=0..19 "
                    + "--profile --out=DIR --arg=<module>:--<spring property>=<value> --jvm=[<module>:]<option for every service or one> "
                    + "--running --kafka=HOST:PORT --orchestrator=URL --postgres=HOST:PORT --directory=PATH");
        }
        Running running = null;
        if (useRunning) {
            if (kafka == null) {
                throw new IllegalArgumentException("--running needs --kafka=HOST:PORT, the address ./run-local.sh printed");
            }
            if (faultProfile != null || profile || !serviceArguments.isEmpty() || !jvmOptions.isEmpty()
                    || systemNice != null) {
                throw new IllegalArgumentException("--fault-profile, --profile, --arg, --jvm and --system-nice choose how the system "
                        + "starts; with --running, start ./run-local.sh with what you need instead");
            }
            running = new Running(orchestrator, kafka, postgres,
                    runDirectory == null ? root.resolve("local-run") : runDirectory);
            if (families == 0) {
                families = 500;
            }
        }
        if (families == 0) {
            int perSecond = rate == 0 ? 400 : rate;
            families = (int) Math.min(200_000, perSecond * (warmup.toSeconds() + duration.toSeconds()) * 12 / 10 + 500);
        }
        if (output == null) {
            output = root.resolve("bench").resolve("target").resolve("results");
        }
        return new BenchOptions(root, rate, warmup, duration, maxInFlight, faultProfile, families, skipPartsAlone,
                profile, output, List.copyOf(serviceArguments), List.copyOf(jvmOptions), running, deathPercent,
                systemNice);
    }

    /**
     * Why {@code prepared} dossiers cannot feed this run, or null if they can: at a fixed rate the
     * warm-up and the window need {@code rate} distinct dossiers a second, each family's once.
     * Without enough the load stops partway and the window measures nothing.
     */
    String shortOfDossiers(int prepared) {
        long needed = (long) rate * (warmup.toSeconds() + duration.toSeconds());
        if (rate == 0 || needed <= prepared) {
            return null;
        }
        String more = running == null
                ? "give --families=" + (needed * 12 / 10 + 500)
                : "start ./run-local.sh --families=" + (needed * 12 / 10 + 500) + " and give the benchmark the same --families"
                        + " (each family's dossier can be sent once a run: after an earlier benchmark, start the run again)";
        return rate + " dossiers/s for " + (warmup.toSeconds() + duration.toSeconds()) + " s need " + needed
                + " dossiers; " + prepared + " are prepared: " + more;
    }

    /** {@code birth:80,death:20}: the share of death dossiers among those submitted, in percent. */
    private static int deathPercent(String mix) {
        int birth = 0;
        int death = 0;
        for (String part : mix.split(",")) {
            String[] kindAndShare = part.split(":");
            if (kindAndShare.length != 2) {
                throw new IllegalArgumentException("--mix is like birth:80,death:20");
            }
            int share = integer("--mix", kindAndShare[1]);
            switch (kindAndShare[0]) {
                case "birth" -> birth = share;
                case "death" -> death = share;
                default -> throw new IllegalArgumentException("--mix knows birth and death, not " + kindAndShare[0]);
            }
        }
        if (birth + death != 100) {
            throw new IllegalArgumentException("--mix shares must add up to 100");
        }
        return death;
    }

    private static Duration seconds(String option, String value) {
        return Duration.ofSeconds(integer(option, value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }

    private static int integer(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option.substring(0, option.indexOf('=')) + ": not a whole number of 0 or more: " + value);
        }
    }

    String mode() {
        return rate == 0 ? "as fast as taken (max " + maxInFlight + " in flight)" : rate + " dossiers/s";
    }
}
