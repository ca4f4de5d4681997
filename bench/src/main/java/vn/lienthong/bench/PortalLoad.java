package vn.lienthong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the national portal: submits prepared dossiers, either at a fixed rate or as fast as the
 * system takes them (never more than a set number submitted and not yet completed).
 */
final class PortalLoad {

    private static final Pattern DOSSIER_ID = Pattern.compile("\"dossierId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI submitUri;
    /** The portal's access token, as the real portal sends it with every dossier. */
    private final Supplier<String> token;
    private final CompletionTracker tracker;
    private final Iterator<String> dossiers;
    private final Semaphore requestsInFlight = new Semaphore(32);
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicLong submitNanos = new AtomicLong();

    PortalLoad(String orchestratorUrl, Supplier<String> token, CompletionTracker tracker, List<String> dossiers) {
        this.token = token;
        this.submitUri = URI.create(orchestratorUrl + "/api/v1/dossiers");
        this.tracker = tracker;
        this.dossiers = dossiers.iterator();
    }

    /** Submits until {@code until} (nanoTime) at {@code rate} per second, or as fast as taken when 0. */
    void run(long until, int rate, int maxInFlight) throws InterruptedException {
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        long next = System.nanoTime();
        while (System.nanoTime() < until && hasNext()) {
            if (rate == 0) {
                // Woken by each completion rather than polling: the load generator shares the cores.
                tracker.awaitCompleted(submitted.get() - maxInFlight + 1, until);
            } else {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next += interval;
            }
            submitOne();
        }
        requestsInFlight.acquire(32);
        requestsInFlight.release(32);
    }

    private synchronized boolean hasNext() {
        return dossiers.hasNext();
    }

    private synchronized String nextDossier() {
        return dossiers.next();
    }

    private void submitOne() throws InterruptedException {
        requestsInFlight.acquire();
        String body = nextDossier();
        long start = System.nanoTime();
        var request = HttpRequest.newBuilder(submitUri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.get())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            requestsInFlight.release();
            submitNanos.addAndGet(System.nanoTime() - start);
            Matcher id = response == null ? null : DOSSIER_ID.matcher(response.body());
            if (failure == null && response.statusCode() == 202 && id.find()) {
                tracker.submitted(id.group(1), start);
                submitted.incrementAndGet();
            } else {
                rejected.incrementAndGet();
            }
        });
    }

    int submitted() {
        return submitted.get();
    }

    int rejected() {
        return rejected.get();
    }

    double meanSubmitMillis() {
        int count = submitted.get() + rejected.get();
        return count == 0 ? 0 : submitNanos.get() / 1e6 / count;
    }
}
