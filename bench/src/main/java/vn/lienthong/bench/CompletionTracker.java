package vn.lienthong.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code dossier.status-changes}, as the portal would, and records when each submitted
 * dossier completed and how long each of its steps took.
 */
final class CompletionTracker implements AutoCloseable {

    /** The steps of both procedures, as the status events name them. */
    enum Step {
        ID_NUMBER, BIRTH_REGISTRATION, RESIDENCE, HEALTH_INSURANCE,
        DECEASED_CHECK, DEATH_REGISTRATION, RESIDENCE_REMOVAL, FUNERAL_ALLOWANCE, DEATH_RECORD
    }

    /** A completed dossier: when it completed (nanoTime) and how long it took from submission. */
    record Completion(long completedAtNanos, double latencyMillis, Map<Step, Double> stepMillis) {
    }

    /**
     * What is known of one dossier. Its events can come before the answer to its submission is read
     * (under overload the load generator reads answers late), so a track is made by whichever comes
     * first, and the dossier counts as completed once both are known.
     */
    private static final class Track {
        static final long UNKNOWN = Long.MIN_VALUE;

        long submittedAtNanos = UNKNOWN;
        long completedAtNanos = UNKNOWN;
        final Map<Step, Instant> started = new EnumMap<>(Step.class);
        final Map<Step, Instant> completed = new EnumMap<>(Step.class);
        boolean done;
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Track> tracks = new ConcurrentHashMap<>();
    private final List<Completion> completions = new ArrayList<>();
    private final AtomicInteger actionRequired = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code kafka}: client settings of a user that may read the topic with any group (the admin). */
    CompletionTracker(Map<String, Object> kafka) {
        var config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of("dossier.status-changes"));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        thread = new Thread(this::run, "completion-tracker");
        thread.setDaemon(true);
        thread.start();
    }

    /** A tracker that reads nothing itself: its events are given to {@link #event}. */
    CompletionTracker() {
        consumer = null;
        thread = null;
    }

    void submitted(String dossierId, long submittedAtNanos) {
        Track track = tracks.computeIfAbsent(dossierId, id -> new Track());
        synchronized (track) {
            if (track.submittedAtNanos == Track.UNKNOWN) {
                track.submittedAtNanos = submittedAtNanos;
            }
            completeIfKnown(track);
        }
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : poll()) {
                if (record.key() != null) {
                    event(record.key(), json.readTree(record.value()));
                }
            }
        }
    }

    /** One status change of the dossier {@code dossierId}, as {@code dossier.status-changes} carries it. */
    void event(String dossierId, JsonNode event) {
        Track track = tracks.computeIfAbsent(dossierId, id -> new Track());
        synchronized (track) {
            handle(track, event);
        }
    }

    private synchronized Iterable<ConsumerRecord<String, byte[]>> poll() {
        return consumer.poll(Duration.ofMillis(100));
    }

    private void handle(Track track, JsonNode event) {
        Instant at = Instant.parse(event.get("occurredAt").asString());
        for (JsonNode step : event.get("steps")) {
            Step name = Step.valueOf(step.get("step").asString());
            String status = step.get("status").asString();
            if (!status.equals("NOT_STARTED")) {
                track.started.putIfAbsent(name, at);
            }
            if (status.equals("COMPLETED")) {
                track.completed.putIfAbsent(name, at);
            }
        }
        String status = event.get("status").asString();
        if (status.equals("ACTION_REQUIRED")) {
            actionRequired.incrementAndGet();
        }
        if (status.equals("COMPLETED") && track.completedAtNanos == Track.UNKNOWN) {
            track.completedAtNanos = System.nanoTime();
            completeIfKnown(track);
        }
    }

    /** Counts the dossier completed once its submission and its completion are both known. */
    private void completeIfKnown(Track track) {
        if (!track.done && track.submittedAtNanos != Track.UNKNOWN && track.completedAtNanos != Track.UNKNOWN) {
            track.done = true;
            Map<Step, Double> stepMillis = new EnumMap<>(Step.class);
            track.completed.forEach((step, end) -> {
                Instant start = track.started.get(step);
                if (start != null) {
                    stepMillis.put(step, Duration.between(start, end).toNanos() / 1e6);
                }
            });
            synchronized (completions) {
                completions.add(new Completion(track.completedAtNanos,
                        (track.completedAtNanos - track.submittedAtNanos) / 1e6, stepMillis));
                completions.notifyAll();
            }
        }
    }

    List<Completion> completions() {
        synchronized (completions) {
            return List.copyOf(completions);
        }
    }

    /**
     * Waits until at least {@code count} dossiers have completed, or until {@code deadline}
     * (nanoTime); true if they have.
     */
    boolean awaitCompleted(int count, long deadline) throws InterruptedException {
        synchronized (completions) {
            long left;
            while (completions.size() < count && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(completions, left);
            }
            return completions.size() >= count;
        }
    }

    /** When each dossier whose submission was answered was sent (nanoTime), in no order. */
    long[] submittedAtNanos() {
        return tracks.values().stream().mapToLong(track -> {
            synchronized (track) {
                return track.submittedAtNanos;
            }
        }).filter(at -> at != Track.UNKNOWN).toArray();
    }

    int completedCount() {
        synchronized (completions) {
            return completions.size();
        }
    }

    /** Times a dossier was seen waiting for a person; with synthetic data only home births should. */
    int actionRequiredEvents() {
        return actionRequired.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread == null) {
            return;
        }
        thread.join(5_000);
        synchronized (this) {
            consumer.close();
        }
    }
}
