package vn.lienthong.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;
import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;
import vn.lienthong.deploy.traces.OtlpTraceReceiver;
import vn.lienthong.deploy.traces.TraceStore;

/**
 * One running system for all system tests in this JVM: started on first use with the synthetic
 * population loaded, stopped when the JVM exits or when a test that runs a system of its own comes
 * ({@link #makeRoomForOwnSystem}). Commits are durable, as the crash test needs.
 *
 * <p>It starts as the local run does, warm from the services' class-data archives when this build
 * has them; when it has none, it trains them in the background while the tests on it run, so that
 * the tests that start systems of their own ({@link SuiteOrder#OWN_SYSTEM}) start warm.
 */
final class RunningSystem {

    static final int FAMILIES = 700;
    /** Every agency takes this long per command, so a crash can land in the middle of the flow. */
    static final String AGENCY_PROCESSING_TIME = "--lienthong.agency.processing-time=40ms";
    /** How often the APIs read the identity provider's revocation list: often, so a withdrawal shows within seconds. */
    static final Duration REVOCATIONS_REFRESH = Duration.ofSeconds(1);

    /** Spans kept for TracingIT: enough for every dossier the system tests send, within the tests' heap. */
    static final int SPANS_KEPT = 100_000;

    /** The longest a test with a system of its own waits for the archives it would start warm from. */
    static final Duration WARM_START_TRAINING = Duration.ofMinutes(6);

    private static LocalSystem system;
    private static boolean stopHookAdded;
    private static OtlpTraceReceiver traces;
    private static Population population;

    private RunningSystem() {
    }

    static synchronized LocalSystem get() {
        if (system == null) {
            Path root = Path.of(System.getProperty("lienthong.repository-root", "..")).toAbsolutePath().normalize();
            Path work = root.resolve("system-tests").resolve("target").resolve("system");
            population = SyntheticPopulation.generate(7, FAMILIES, LocalDate.now());
            Path seed = root.resolve("system-tests").resolve("target").resolve("seed");
            SeedFiles.write(population, seed);
            var settings = new LocalSystem.Settings(root, work, false, true, seed, LocalSystem.Settings.SMALL_JVM, Map.of())
                    .warmStarted()
                    .withOfficerConsole()
                    .withArguments(Service.CIVIL_REGISTRY, List.of(AGENCY_PROCESSING_TIME))
                    .withArguments(Service.RESIDENCE, List.of(AGENCY_PROCESSING_TIME))
                    .withArguments(Service.HEALTH_INSURANCE, List.of(AGENCY_PROCESSING_TIME))
                    // FlakyPopulationDatabaseIT sets fault profiles at run time.
                    .withArguments(Service.ID_NUMBER, List.of("--lienthong.faults.simulation=true"));
            // Every service exports its spans here, as the local run's do to its receiver.
            traces = OtlpTraceReceiver.start(0, TraceStore.inMemory(SPANS_KEPT));
            for (Service service : Service.values()) {
                settings = settings.withArguments(service, List.of(traces.exportArgument()));
            }
            for (Service api : Service.values()) {
                if (api != Service.IDENTITY) {
                    settings = settings.withArguments(api, List.of(
                            "--lienthong.security.revocations.refresh=" + REVOCATIONS_REFRESH.toMillis() + "ms"));
                }
            }
            system = LocalSystem.start(settings);
            system.prepareWarmStartInBackground();
            if (!stopHookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(RunningSystem::stop, "stop-system"));
                stopHookAdded = true;
            }
        }
        return system;
    }

    /**
     * Before a test that starts a system of its own: waits for the warm-start archives this system
     * is training, so that the other system's services map them, then stops this one, so that the
     * cores are the other system's alone. A later test that needs this system starts it again.
     */
    static synchronized void makeRoomForOwnSystem() {
        if (system != null && !system.awaitWarmStartPrepared(WARM_START_TRAINING)) {
            System.out.println("[system] the warm start is still being prepared after " + WARM_START_TRAINING
                    + "; the next system starts cold");
        }
        stop();
    }

    private static synchronized void stop() {
        if (system != null) {
            system.close();
            traces.close();
            system = null;
            traces = null;
        }
    }

    /** The spans the services exported. */
    static synchronized TraceStore traces() {
        get();
        return traces.store();
    }

    /** Where the trace receiver shows a dossier's trace, as ops read it in the local run. */
    static synchronized String traceReceiverUrl() {
        get();
        return traces.baseUrl();
    }

    static PortalConsole portal() {
        return get().portal();
    }

    /** The orchestrator as the civil-status officer of {@code communeCode} calls it (a demo account). */
    static PortalConsole officerOf(String communeCode) {
        return get().staff(Service.ORCHESTRATOR, officerUsername(communeCode));
    }

    /** The demo officer of a commune; one of them serves two neighbouring communes (docs/security.md, demo staff). */
    static String officerUsername(String communeCode) {
        return communeCode.equals("25441") || communeCode.equals("25555") ? "hotich.25441.25555" : "hotich." + communeCode;
    }

    static synchronized Population population() {
        get();
        return population;
    }
}
