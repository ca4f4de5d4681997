package vn.lienthong.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Queue;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the national portal: submits prepared dossiers, either at a fixed rate or as fast as the
 * system takes them (never more than a set number submitted and not yet completed). A dossier the
 * system refuses for now (429 of admission control or of the rate limit, or a 503 with Retry-After) is sent again as it is
 * after its {@code Retry-After}, as the portal does; a dossier refused otherwise is counted rejected.
 */
final class PortalLoad implements AutoCloseable {

    private static final Pattern DOSSIER_ID = Pattern.compile("\"dossierId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** Connections at most: a portal's pool, enough for refusals answered at once and slow acceptances. */
    static final int MAX_CONNECTIONS = 256;

    private final PortalConnections http;
    private final CompletionTracker tracker;
    private final Iterator<String> dossiers;
    private final int maxRequests;
    private final Semaphore requestsInFlight;
    /** How long {@link #run} waits for a completion before it looks whether it was stopped. */
    private static final long STOP_CHECK_NANOS = 100_000_000L;

    private final AtomicInteger submitted = new AtomicInteger();
    /** Rejected submissions by why: {@code HTTP <status>}, or the failure's type and message when no answer came. */
    private final Map<String, AtomicInteger> rejectedBy = new ConcurrentHashMap<>();
    /** Each answered submit call: when it started (nanoTime) and how long it took, in nanoseconds. */
    private final Queue<long[]> submitCalls = new ConcurrentLinkedQueue<>();
    /** Dossiers taken from the prepared ones: first submissions, not resends. */
    private final AtomicInteger taken = new AtomicInteger();
    /** First submissions written to a connection (a taken one waits while every connection is busy). */
    private final AtomicInteger sent = new AtomicInteger();
    /** Answers "not now" (429, 503), each followed by a resend unless resending has stopped. */
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger awaitingResend = new AtomicInteger();
    private final ScheduledExecutorService resends = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "portal-resends");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean resending = true;
    private volatile boolean stopped;

    PortalLoad(String orchestratorUrl, Supplier<String> token, CompletionTracker tracker, List<String> dossiers) {
        this(orchestratorUrl, token, tracker, dossiers, 32);
    }

    /**
     * {@code maxRequests}: submissions open at once, on the wire or waiting for a connection; an
     * open-loop load needs room for slow answers.
     */
    PortalLoad(String orchestratorUrl, Supplier<String> token, CompletionTracker tracker, List<String> dossiers,
               int maxRequests) {
        this.http = new PortalConnections(URI.create(orchestratorUrl + "/api/v1/dossiers"), token,
                Math.min(maxRequests, MAX_CONNECTIONS), Duration.ofSeconds(5), Duration.ofSeconds(30));
        this.tracker = tracker;
        this.dossiers = dossiers.iterator();
        this.maxRequests = maxRequests;
        this.requestsInFlight = new Semaphore(maxRequests);
    }

    /**
     * Submits until {@code until} (nanoTime) or until {@link #stop}, at {@code rate} per second, or
     * as fast as taken when 0; then waits for the answers to what it sent.
     */
    void run(long until, int rate, int maxInFlight) throws InterruptedException {
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        long next = System.nanoTime();
        while (!stopped && System.nanoTime() < until && hasNext()) {
            if (rate == 0) {
                // Woken by each completion rather than polling: the load generator shares the cores.
                // A dossier waiting to be sent again is still in flight for the portal. Waits are
                // short so that a stop is seen soon.
                boolean room = tracker.awaitCompleted(taken.get() - rejected() - maxInFlight + 1,
                        Math.min(until, System.nanoTime() + STOP_CHECK_NANOS));
                if (stopped || System.nanoTime() >= until) {
                    break;
                }
                if (!room) {
                    continue;
                }
            } else {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next += interval;
                if (stopped) {
                    break;
                }
            }
            submitOne();
        }
        awaitAnswers();
    }

    /** Ends {@link #run} before its {@code until}: nothing more is sent, and it returns once its answers are in. */
    void stop() {
        stopped = true;
    }

    /**
     * Offers dossiers at {@code rate} per second until {@code until} (nanoTime) whatever the system
     * does with them: an open loop, as a portal's users are. Returns without waiting for answers.
     */
    void offer(long until, double rate) throws InterruptedException {
        double interval = 1e9 / rate;
        long start = System.nanoTime();
        for (long n = 0; hasNext(); n++) {
            long next = start + (long) (n * interval);
            if (next >= until) {
                break;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            submitOne();
        }
    }

    /** Stops sending refused dossiers again; those still waiting stay with the portal. */
    int stopResending() {
        resending = false;
        resends.shutdownNow();
        return awaitingResend.get();
    }

    void awaitAnswers() throws InterruptedException {
        requestsInFlight.acquire(maxRequests);
        requestsInFlight.release(maxRequests);
    }

    private synchronized boolean hasNext() {
        return dossiers.hasNext();
    }

    private synchronized String nextDossier() {
        return dossiers.next();
    }

    private void submitOne() throws InterruptedException {
        requestsInFlight.acquire();
        taken.incrementAndGet();
        send(nextDossier(), true);
    }

    private void send(String body, boolean first) {
        http.post(body, new PortalConnections.Exchange() {
            private long start;

            @Override
            public void written(long nanoTime) {
                start = nanoTime;
                if (first) {
                    sent.incrementAndGet();
                }
            }

            @Override
            public void done(PortalConnections.Answer answer, IOException failure) {
                try {
                    if (start != 0) {
                        submitCalls.add(new long[] {start, System.nanoTime() - start});
                    }
                    Matcher id = answer == null ? null : DOSSIER_ID.matcher(answer.body());
                    if (failure == null && answer.status() == 202 && id.find()) {
                        tracker.submitted(id.group(1), start);
                        submitted.incrementAndGet();
                    } else if (failure == null && (answer.status() == 503 || answer.status() == 429)) {
                        refusals.incrementAndGet();
                        resendLater(body, answer.longHeader("Retry-After").orElse(1));
                    } else {
                        rejectedBy.computeIfAbsent(why(answer, failure), key -> new AtomicInteger()).incrementAndGet();
                    }
                } finally {
                    // Last, so that once every answer is in, the counts above include it.
                    requestsInFlight.release();
                }
            }
        });
    }

    private void resendLater(String body, long seconds) {
        if (!resending) {
            return;
        }
        awaitingResend.incrementAndGet();
        try {
            resends.schedule(() -> {
                awaitingResend.decrementAndGet();
                try {
                    requestsInFlight.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                send(body, false);
            }, Math.max(1, seconds), TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            awaitingResend.decrementAndGet();
        }
    }

    /** First submissions, resends left out. */
    int taken() {
        return taken.get();
    }

    /** First submissions written to a connection, resends left out. */
    int sent() {
        return sent.get();
    }

    /** Answers asking to send again later (429, 503). */
    int refusals() {
        return refusals.get();
    }

    int submitted() {
        return submitted.get();
    }

    /** Why submissions were rejected: {@code HTTP <status>} or a failure's type and message, with how many each. */
    Map<String, Integer> rejectedBy() {
        Map<String, Integer> counts = new TreeMap<>();
        rejectedBy.forEach((why, count) -> counts.put(why, count.get()));
        return counts;
    }

    private static String why(PortalConnections.Answer answer, IOException failure) {
        if (failure == null) {
            return "HTTP " + answer.status();
        }
        // The messages name the condition ("connection closed before the status line", "Connection reset").
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return failure.getClass().getSimpleName() + (message.length() > 80 ? message.substring(0, 80) + "…" : message);
    }

    /** Submissions neither accepted nor asked to be sent again, whatever the reason. */
    int rejected() {
        return rejectedBy.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /**
     * The submit calls that started in [{@code from}, {@code to}) (nanoTime), whatever their answer:
     * the warm-up's first calls, which meet services still compiling, are left out.
     */
    Percentiles submitMillis(long from, long to) {
        return Percentiles.of(submitCalls.stream().filter(call -> call[0] >= from && call[0] < to)
                .mapToDouble(call -> call[1] / 1e6).toArray());
    }

    /** Closes the connections; submissions still waiting for one fail. */
    @Override
    public void close() {
        http.close();
    }
}
