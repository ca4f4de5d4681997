package vn.lienthong.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the identity provider's list of withdrawn clients and staff accounts
 * ({@code GET /revocations}), read again every {@code refresh}. When the provider cannot be
 * reached or answers something unreadable, the last list read is kept: a resource server never
 * forgets a withdrawal because the provider is down, and tokens issued meanwhile expire as usual.
 */
final class RevocationFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RevocationFeed.class);
    /** Far more than a token lifetime's withdrawals; a longer answer is not read. */
    private static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    private final URI uri;
    private final Duration refresh;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ScheduledExecutorService schedule;
    private volatile RevocationList current = RevocationList.EMPTY;
    private volatile boolean failing;

    RevocationFeed(URI uri, Duration refresh, Duration timeout) {
        this.uri = uri;
        this.refresh = refresh;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "revocations");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads the list now, then every {@code refresh}. */
    RevocationFeed start() {
        schedule.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    RevocationList current() {
        return current;
    }

    void refresh() {
        try {
            RevocationList read = read();
            current = read;
            if (failing) {
                log.info("Revocation list of {} read again ({} entries)", uri, read.size());
            }
            failing = false;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                log.warn("Cannot read the revocation list of {}; keeping the last one ({} entries): {}", uri,
                        current.size(), e.toString());
            }
            failing = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RevocationList read() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body()) {
            if (answer.statusCode() != 200) {
                throw new IOException("answered " + answer.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw new IOException("answer longer than " + MAX_ANSWER_BYTES + " bytes");
            }
            return parse(bytes);
        }
    }

    /** {@code {"clients": [{"clientId", "revokedAt"}], "staff": [{"username", "revokedAt"}]}}; all or nothing. */
    RevocationList parse(byte[] bytes) {
        try {
            JsonNode root = json.readTree(bytes);
            return new RevocationList(entries(root, "clients", "clientId"), entries(root, "staff", "username"));
        } catch (JacksonException | DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable revocation list: " + e.getMessage(), e);
        }
    }

    private static Map<String, Instant> entries(JsonNode root, String list, String idField) {
        JsonNode items = root.path(list);
        if (!items.isArray()) {
            throw new IllegalArgumentException("no array " + list);
        }
        Map<String, Instant> entries = new HashMap<>();
        for (JsonNode item : items) {
            JsonNode id = item.path(idField);
            JsonNode revokedAt = item.path("revokedAt");
            if (!id.isString() || !revokedAt.isString()) {
                throw new IllegalArgumentException(list + " entry without " + idField + " or revokedAt");
            }
            entries.merge(id.asString(), Instant.parse(revokedAt.asString()), (a, b) -> a.isAfter(b) ? a : b);
        }
        return entries;
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
