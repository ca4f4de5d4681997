package vn.lienthong.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The load generator's connections to the intake API: HTTP/1.1 keep-alive connections, up to a
 * fixed number, each used for one request at a time by a thread of its own, as a portal's
 * connection pool is. A submission waits in a queue until a thread is free.
 *
 * <p>The JDK's asynchronous client cost the load generator about half a millisecond of CPU a
 * request on the cores it measures, half a core under the overload mode's refusals; this costs a
 * fraction of that (docs/performance.md, "A lighter load generator"). It speaks only what intake
 * answers: a status line, headers, a body by {@code Content-Length} or chunked, or up to the
 * connection's close. A connection is opened again after the server closed it
 * ({@code Connection: close}), after a failure, and after being idle longer than the server keeps
 * an idle connection, so that no request is written on a connection the server is closing. A
 * request is never sent twice: a failure is reported as such.
 */
final class PortalConnections implements AutoCloseable {

    /** An answer: its status, its headers (names in lower case) and its body. */
    record Answer(int status, Map<String, String> headers, String body) {

        OptionalLong longHeader(String name) {
            String value = headers.get(name.toLowerCase(Locale.ROOT));
            try {
                return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
    }

    /** What to do with a request once written, and once answered or failed. */
    interface Exchange {
        /** The request is on the wire, at {@code nanoTime}. */
        void written(long nanoTime);

        /** Exactly one of the two is not null. */
        void done(Answer answer, IOException failure);
    }

    /** Below Tomcat's keep-alive timeout (60 s by default): an older idle connection is not reused. */
    static final Duration IDLE_REUSE = Duration.ofSeconds(20);

    /** A submission waiting for a connection, and what to do once answered. */
    private final class Request implements Runnable {
        private final byte[] body;
        private final Exchange exchange;

        Request(byte[] body, Exchange exchange) {
            this.body = body;
            this.exchange = exchange;
        }

        @Override
        public void run() {
            send(this);
        }
    }

    private final String host;
    private final int port;
    private final String path;
    private final Supplier<String> token;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final ExecutorService threads;
    /**
     * Connections not in use, the last used first: a request takes the most recently used one, so
     * that a light load keeps few connections busy and the others age out, as a pool's do.
     */
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    PortalConnections(URI uri, Supplier<String> token, int connections, Duration connectTimeout, Duration readTimeout) {
        this.host = uri.getHost();
        this.port = uri.getPort() == -1 ? 80 : uri.getPort();
        this.path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        this.token = token;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        AtomicInteger created = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(connections, runnable -> {
            Thread thread = new Thread(runnable, "portal-connection-" + created.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Posts {@code body} (JSON) with the portal's token once a connection is free. */
    void post(String body, Exchange exchange) {
        Request request = new Request(body.getBytes(StandardCharsets.UTF_8), exchange);
        try {
            threads.execute(request);
        } catch (RejectedExecutionException e) {
            exchange.done(null, new IOException("connections closed"));
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Runnable left : threads.shutdownNow()) {
            ((Request) left).exchange.done(null, new IOException("connections closed"));
        }
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            connection.close();
        }
    }

    private void send(Request request) {
        Connection connection = idle.pollFirst();
        while (connection != null && connection.idleFor() > IDLE_REUSE.toNanos()) {
            connection.close();
            connection = idle.pollFirst();
        }
        try {
            if (connection == null) {
                connection = new Connection(open());
            }
            Answer answer = connection.exchange(request);
            if (closed || "close".equalsIgnoreCase(answer.headers().getOrDefault("connection", ""))) {
                connection.close();
            } else {
                idle.addFirst(connection);
            }
            request.exchange.done(answer, null);
        } catch (IOException e) {
            if (connection != null) {
                connection.close();
            }
            request.exchange.done(null, e);
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) readTimeout.toMillis());
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private long lastUsed = System.nanoTime();

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 8192);
            this.out = socket.getOutputStream();
        }

        long idleFor() {
            return System.nanoTime() - lastUsed;
        }

        Answer exchange(Request request) throws IOException {
            String head = "POST " + path + " HTTP/1.1\r\n"
                    + "Host: " + host + ":" + port + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Accept: application/json, application/problem+json\r\n"
                    + "Authorization: Bearer " + token.get() + "\r\n"
                    + "Content-Length: " + request.body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
            byte[] whole = new byte[headBytes.length + request.body.length];
            System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
            System.arraycopy(request.body, 0, whole, headBytes.length, request.body.length);
            out.write(whole);
            out.flush();
            request.exchange.written(System.nanoTime());
            Answer answer = read();
            lastUsed = System.nanoTime();
            return answer;
        }

        private Answer read() throws IOException {
            String statusLine = line();
            if (statusLine == null) {
                throw new EOFException("connection closed before the status line");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("not an HTTP status: " + statusLine, e);
            }
            Map<String, String> headers = new HashMap<>();
            for (String header = line(); ; header = line()) {
                if (header == null) {
                    throw new EOFException("connection closed in the headers");
                }
                if (header.isEmpty()) {
                    break;
                }
                int colon = header.indexOf(':');
                if (colon > 0) {
                    headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            byte[] body;
            String length = headers.get("content-length");
            if (status / 100 == 1 || status == 204 || status == 304) {
                body = new byte[0];
            } else if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
                body = chunked();
            } else if (length != null) {
                int expected;
                try {
                    expected = Integer.parseInt(length.trim());
                } catch (NumberFormatException e) {
                    throw new IOException("not a content length: " + length, e);
                }
                body = in.readNBytes(expected);
                if (body.length < expected) {
                    throw new EOFException("connection closed in the body");
                }
            } else {
                body = in.readAllBytes();
                headers.put("connection", "close");
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private byte[] chunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                if (sizeLine == null) {
                    throw new EOFException("connection closed in a chunked body");
                }
                int semicolon = sizeLine.indexOf(';');
                int size;
                try {
                    size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("not a chunk size: " + sizeLine, e);
                }
                if (size == 0) {
                    // Trailers, if any, up to the empty line.
                    for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                        // ignored
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) {
                    throw new EOFException("connection closed in a chunk");
                }
                body.write(chunk);
                line();
            }
        }

        /** A line without its CRLF, in ISO-8859-1; null at the end of the stream before any byte. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
