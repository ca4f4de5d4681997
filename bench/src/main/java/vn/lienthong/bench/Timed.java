package vn.lienthong.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A reading and when it was taken: the middle of the call that took it (nanoTime). Under load a
 * reading can take seconds; what it counts is then set against what completed up to that middle.
 */
record Timed<T>(T value, long atNanos, double tookSeconds) {

    /** A reading that can fail. */
    interface Reading<T> {
        T read() throws Exception;
    }

    /** Takes {@code reading} on {@code executor}, timed. */
    static <T> CompletableFuture<Timed<T>> of(Reading<T> reading, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try {
                T value = reading.read();
                long end = System.nanoTime();
                return new Timed<>(value, start + (end - start) / 2, (end - start) / 1e9);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor);
    }
}
