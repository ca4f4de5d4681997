package vn.lienthong.orchestrator;

/**
 * Gives the JDK's common fork-join pool at least two workers. On a machine or container of one or
 * two processors the JDK gives it one, and then every {@code CompletableFuture} stage run
 * asynchronously without an executor starts a thread of its own instead of using the pool. The
 * JDK's HTTP client hands each answer of {@code sendAsync} on so, which made the orchestrator
 * start and end a thread for every call to the population database (about 2 300 in one saturation
 * run of the benchmark on two cores). With two workers those stages run on the pool's threads.
 */
final class CommonPool {

    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";
    private static final int WORKERS = 2;

    private CommonPool() {
    }

    /**
     * Sets the pool's parallelism to two unless the JVM was told otherwise or has processors enough
     * to get two or more anyway. Must run before anything uses the common pool: first in {@code main}.
     */
    static void atLeastTwoWorkers() {
        if (System.getProperty(PARALLELISM) == null && Runtime.getRuntime().availableProcessors() - 1 < WORKERS) {
            System.setProperty(PARALLELISM, Integer.toString(WORKERS));
        }
    }
}
