package vn.lienthong.deploy.traces;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The spans received, newest {@code capacity} in memory for lookups, and, when given a file, every
 * one appended to it as a JSON line (one write per export request, not per span).
 */
public final class TraceStore implements AutoCloseable {

    /** The attribute naming the dossier a span worked on (the services' {@code lienthong.dossier.id}). */
    public static final String DOSSIER_ATTRIBUTE = "lienthong.dossier.id";

    private final int capacity;
    private final Deque<ReceivedSpan> spans = new ArrayDeque<>();
    private final BufferedWriter file;
    private final JsonMapper json = JsonMapper.builder().build();

    private TraceStore(int capacity, BufferedWriter file) {
        this.capacity = capacity;
        this.file = file;
    }

    /** Spans in memory only. */
    public static TraceStore inMemory(int capacity) {
        return new TraceStore(capacity, null);
    }

    /** Spans in memory and appended to {@code jsonLines} (its directory is created). */
    public static TraceStore inFile(Path jsonLines, int capacity) {
        try {
            Files.createDirectories(jsonLines.toAbsolutePath().getParent());
            return new TraceStore(capacity, Files.newBufferedWriter(jsonLines, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write traces to " + jsonLines, e);
        }
    }

    synchronized void add(List<ReceivedSpan> received) {
        for (ReceivedSpan span : received) {
            spans.addLast(span);
            if (spans.size() > capacity) {
                spans.removeFirst();
            }
        }
        if (file != null) {
            try {
                for (ReceivedSpan span : received) {
                    file.write(json.writeValueAsString(span));
                    file.newLine();
                }
                file.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append traces", e);
            }
        }
    }

    /** The spans of one trace, oldest first. */
    public synchronized List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId))
                .sorted(Comparator.comparingLong(ReceivedSpan::startNanos)).toList();
    }

    /** The traces that worked on a dossier, in the order their spans arrived. */
    public synchronized Set<String> tracesOfDossier(String dossierId) {
        Set<String> traces = new LinkedHashSet<>();
        for (ReceivedSpan span : spans) {
            if (dossierId.equals(span.attributes().get(DOSSIER_ATTRIBUTE))) {
                traces.add(span.traceId());
            }
        }
        return traces;
    }

    /** The spans with which {@code service} began a trace of its own, oldest first. */
    public synchronized List<ReceivedSpan> rootsOf(String service) {
        return spans.stream().filter(span -> span.isRoot() && span.service().equals(service)).toList();
    }

    public synchronized int size() {
        return spans.size();
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
