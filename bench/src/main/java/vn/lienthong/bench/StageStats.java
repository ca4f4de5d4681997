package vn.lienthong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each stage of the flow did in the window: the services' {@code lienthong.stage.*} meters
 * (batch size, time busy, time idle between batches; vn.lienthong.messaging.StageMeter) read from
 * {@code /actuator/prometheus} before and after it, as the metrics scraper reads them.
 */
final class StageStats {

    /**
     * One stage in the window: batches handled, their mean size, seconds handling them and seconds
     * its threads waited between them ({@code idleShare} = idle / (idle + busy)).
     */
    record Stage(String service, String stage, long batches, double meanBatchSize, double busySeconds,
                 double idleSeconds, double idleShare) {
    }

    /**
     * A timer in the window: how many times it ran and its mean, e.g. the population database's
     * answers as its service times them and as the orchestrator waits for them.
     */
    record Timing(String service, String timer, long count, double meanMillis) {
    }

    /** A timer read under {@code name}: the samples of {@code timer} whose labels hold {@code label} (empty: all). */
    private record TimerSeries(String name, String timer, String label) {
    }

    /** The timers read: the population database's calls, and its single and batch requests apart. */
    private static final List<TimerSeries> TIMERS = List.of(
            new TimerSeries("lienthong_population_database_exchange", "lienthong_population_database_exchange", ""),
            new TimerSeries("lienthong_population_database_call", "lienthong_population_database_call", ""),
            new TimerSeries("http_server_requests", "http_server_requests", "uri=\"/api/v1/personal-id-numbers\""),
            new TimerSeries("http_server_requests batch", "http_server_requests",
                    "uri=\"/api/v1/personal-id-numbers/batch\""));

    /** A timer's sample: {@code <timer>_seconds_count{...} <value>} or {@code _sum}. */
    private static final Pattern TIMER_SAMPLE = Pattern.compile("^([a-z_]+)_seconds_(count|sum)\\{([^}]*)\\} (\\S+)$");

    /** A sample: {@code lienthong_stage_<meter>{...stage="<name>"...} <value>}. */
    private static final Pattern SAMPLE = Pattern.compile(
            "^lienthong_stage_(batch_size_count|batch_size_sum|busy_seconds_sum|idle_seconds_sum)\\{[^}]*stage=\"([^\"]*)\"[^}]*\\} (\\S+)$");

    private static final String TIMING = "timer:";

    private final Map<String, String> serviceUrls;
    private final Supplier<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code serviceUrls} by service name; {@code token}: a token with the {@code metrics.read} scope. */
    StageStats(Map<String, String> serviceUrls, Supplier<String> token) {
        this.serviceUrls = serviceUrls;
        this.token = token;
    }

    /**
     * Every stage meter and timer of every service now, by "service|stage|meter"; a service that
     * does not answer is left out. The services are read at once, not one after the other: under
     * load a service can take seconds to answer, and a reading taken in turn would start one
     * service's window that much later than another's (the population database's requests then
     * seemed twice the orchestrator's calls).
     */
    Map<String, Double> read() {
        Map<String, Double> samples = new HashMap<>();
        String bearer;
        try {
            bearer = token.get();
        } catch (RuntimeException e) {
            return samples;
        }
        Map<String, CompletableFuture<List<String>>> pages = new LinkedHashMap<>();
        serviceUrls.forEach((service, url) -> {
            var request = HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + bearer).timeout(Duration.ofSeconds(10)).GET().build();
            pages.put(service, http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .thenApply(response -> response.statusCode() == 200 ? response.body().toList() : List.<String>of())
                    // a service without the meters or not answering: no stage figures for it
                    .exceptionally(failure -> List.of()));
        });
        pages.forEach((service, page) -> page.join().forEach(line -> {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                samples.merge(service + "|" + sample.group(2) + "|" + sample.group(1),
                        Double.parseDouble(sample.group(3)), Double::sum);
            }
            Matcher timer = TIMER_SAMPLE.matcher(line);
            if (timer.matches()) {
                for (TimerSeries series : TIMERS) {
                    if (series.timer().equals(timer.group(1)) && timer.group(3).contains(series.label())) {
                        samples.merge(service + "|" + TIMING + series.name() + "|" + timer.group(2),
                                Double.parseDouble(timer.group(4)), Double::sum);
                    }
                }
            }
        }));
        return samples;
    }

    /** The stages' figures between two readings, the busiest first. */
    static List<Stage> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Stage> stages = new HashMap<>();
        for (String key : after.keySet()) {
            String[] parts = key.split("\\|");
            if (parts[1].startsWith(TIMING)) {
                continue;
            }
            String id = parts[0] + "|" + parts[1];
            if (stages.containsKey(id)) {
                continue;
            }
            long batches = Math.round(delta(before, after, id + "|batch_size_count"));
            double messages = delta(before, after, id + "|batch_size_sum");
            double busy = delta(before, after, id + "|busy_seconds_sum");
            double idle = delta(before, after, id + "|idle_seconds_sum");
            stages.put(id, new Stage(parts[0], parts[1], batches, batches == 0 ? 0 : messages / batches, busy, idle,
                    busy + idle == 0 ? 1 : idle / (busy + idle)));
        }
        List<Stage> sorted = new ArrayList<>(stages.values());
        sorted.sort((a, b) -> Double.compare(a.idleShare(), b.idleShare()));
        return sorted;
    }

    /** The timers that ran in the window, by service and timer. */
    static List<Timing> timings(Map<String, Double> before, Map<String, Double> after) {
        List<Timing> timings = new ArrayList<>();
        for (String key : after.keySet()) {
            String[] parts = key.split("\\|");
            if (!parts[1].startsWith(TIMING) || !parts[2].equals("count")) {
                continue;
            }
            String id = parts[0] + "|" + parts[1];
            long count = Math.round(delta(before, after, id + "|count"));
            if (count > 0) {
                timings.add(new Timing(parts[0], parts[1].substring(TIMING.length()), count,
                        1000 * delta(before, after, id + "|sum") / count));
            }
        }
        timings.sort((a, b) -> (a.service() + a.timer()).compareTo(b.service() + b.timer()));
        return timings;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String key) {
        return after.getOrDefault(key, 0.0) - before.getOrDefault(key, 0.0);
    }
}
