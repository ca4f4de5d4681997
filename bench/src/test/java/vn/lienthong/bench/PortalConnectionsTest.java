package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

class PortalConnectionsTest {

    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private PortalConnections connections;

    @AfterEach
    void stop() {
        if (connections != null) {
            connections.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void requestsOneAfterTheOtherShareOneConnectionAndChunkedAnswersAreReadWhole() throws Exception {
        start(exchange -> {
            byte[] body = ("{\"echo\": " + read(exchange) + ", \"auth\": \""
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "7");
            // Length 0: the JDK's server sends the body chunked.
            exchange.sendResponseHeaders(429, 0);
            exchange.getResponseBody().write(body);
            exchange.close();
        });

        for (int i = 0; i < 5; i++) {
            PortalConnections.Answer answer = post("{\"n\": " + i + ", \"tên\": \"Nguyễn\"}");
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.longHeader("retry-after")).hasValue(7);
            assertThat(answer.body()).isEqualTo("{\"echo\": {\"n\": " + i + ", \"tên\": \"Nguyễn\"}, \"auth\": \"Bearer t0k3n\"}");
        }
        assertThat(clientPorts).as("one keep-alive connection").hasSize(1);
    }

    @Test
    void aConnectionTheServerClosesIsOpenedAgainForTheNextRequest() throws Exception {
        start(exchange -> {
            read(exchange);
            exchange.getResponseHeaders().add("Connection", "close");
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });

        assertThat(post("{}").status()).isEqualTo(202);
        assertThat(post("{}").status()).isEqualTo(202);
        assertThat(post("{}").status()).isEqualTo(202);

        assertThat(clientPorts).as("a new connection after each close").hasSize(3);
    }

    @Test
    void aRequestWithoutAnAnswerFailsOnceAndIsNotSentAgain() throws Exception {
        start(exchange -> {
            read(exchange);
            if (requests.incrementAndGet() == 1) {
                exchange.close(); // no answer: the connection is dropped
                return;
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });

        var failed = new CompletableFuture<IOException>();
        connections.post("{\"first\": true}", exchange((answer, failure) -> failed.complete(failure)));
        assertThat(failed.get(10, TimeUnit.SECONDS)).hasMessageContaining("closed before the status line");

        assertThat(post("{\"second\": true}").status()).as("a fresh connection for the next one").isEqualTo(204);
        assertThat(received).containsExactly("{\"first\": true}", "{\"second\": true}");
    }

    @Test
    void nothingListeningIsAFailureNotAHang() throws Exception {
        int port;
        try (var closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        connections = new PortalConnections(URI.create("http://127.0.0.1:" + port + "/api/v1/dossiers"), () -> "t",
                1, Duration.ofSeconds(2), Duration.ofSeconds(5));

        var failed = new CompletableFuture<IOException>();
        var written = new AtomicInteger();
        connections.post("{}", new PortalConnections.Exchange() {
            @Override
            public void written(long nanoTime) {
                written.incrementAndGet();
            }

            @Override
            public void done(PortalConnections.Answer answer, IOException failure) {
                failed.complete(failure);
            }
        });

        assertThat(failed.get(10, TimeUnit.SECONDS)).isInstanceOf(java.net.ConnectException.class);
        assertThat(written).as("never on the wire").hasValue(0);
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void start(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/dossiers", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            handler.handle(exchange);
        });
        server.start();
        connections = new PortalConnections(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/dossiers"), () -> "t0k3n",
                1, Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private String read(HttpExchange exchange) throws IOException {
        assertThat(exchange.getRequestMethod()).isEqualTo("POST");
        assertThat(exchange.getRequestHeaders().getFirst("Content-Type")).isEqualTo("application/json");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(body);
        return body;
    }

    private PortalConnections.Answer post(String body) throws Exception {
        var answered = new CompletableFuture<PortalConnections.Answer>();
        connections.post(body, exchange((answer, failure) -> {
            if (failure != null) {
                answered.completeExceptionally(failure);
            } else {
                answered.complete(answer);
            }
        }));
        return answered.get(10, TimeUnit.SECONDS);
    }

    private static PortalConnections.Exchange exchange(java.util.function.BiConsumer<PortalConnections.Answer, IOException> done) {
        return new PortalConnections.Exchange() {
            @Override
            public void written(long nanoTime) {
            }

            @Override
            public void done(PortalConnections.Answer answer, IOException failure) {
                done.accept(answer, failure);
            }
        };
    }
}
