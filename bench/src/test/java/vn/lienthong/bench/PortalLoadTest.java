package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class PortalLoadTest {

    private final AtomicInteger received = new AtomicInteger();
    private HttpServer portalApi;

    @AfterEach
    void stopServer() {
        if (portalApi != null) {
            portalApi.stop(0);
        }
    }

    @Test
    void aLoadWithoutAnEndSendsUntilStoppedThenReturnsOnceItsAnswersAreIn() throws Exception {
        var load = new PortalLoad(startApi(), () -> "token", new CompletionTracker(), dossiers(1000));
        Thread running = new Thread(() -> {
            try {
                load.run(Long.MAX_VALUE, 50, 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.start();
        Thread.sleep(500);

        load.stop();
        running.join(5_000);

        assertThat(running.isAlive()).as("run returned after the stop").isFalse();
        int sent = received.get();
        assertThat(load.submitted()).as("every answer read").isEqualTo(sent).isBetween(5, 60);
        Thread.sleep(300);
        assertThat(received.get()).as("nothing sent after the stop").isEqualTo(sent);
    }

    @Test
    void asFastAsTakenALoadStopsWhileWaitingForRoom() throws Exception {
        // Nothing completes, so after the 3 in flight it waits for a completion that never comes.
        var load = new PortalLoad(startApi(), () -> "token", new CompletionTracker(), dossiers(10));
        Thread running = new Thread(() -> {
            try {
                load.run(Long.MAX_VALUE, 0, 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.start();
        Thread.sleep(500);

        load.stop();
        running.join(5_000);

        assertThat(running.isAlive()).isFalse();
        assertThat(received.get()).isEqualTo(3);
    }

    @Test
    void submissionsNeitherAcceptedNorRefusedForNowAreCountedRejectedByWhy() throws Exception {
        // Every second submission gets a 500, the others no answer at all: the connection is closed.
        portalApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portalApi.createContext("/api/v1/dossiers", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (received.incrementAndGet() % 2 == 0) {
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        portalApi.start();
        var load = new PortalLoad("http://127.0.0.1:" + portalApi.getAddress().getPort(), () -> "token",
                new CompletionTracker(), dossiers(4));

        load.offer(System.nanoTime() + 5_000_000_000L, 20);
        load.awaitAnswers();

        assertThat(load.submitted()).isZero();
        assertThat(load.refusals()).isZero();
        assertThat(load.rejected()).isEqualTo(4);
        assertThat(load.rejectedBy()).containsEntry("HTTP 500", 2).hasSize(2);
        assertThat(load.rejectedBy()).as("no answer: the failure's type and message")
                .hasEntrySatisfying(load.rejectedBy().keySet().stream().filter(why -> !why.equals("HTTP 500"))
                        .findFirst().orElseThrow(), count -> assertThat(count).isEqualTo(2));
    }

    @Test
    void aDossierRefusedForNowIsSentAgainAfterItsRetryAfterAndCountedOnce() throws Exception {
        portalApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portalApi.createContext("/api/v1/dossiers", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (received.incrementAndGet() == 1) {
                byte[] problem = "{\"code\": \"BACKLOG_FULL\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(429, problem.length);
                exchange.getResponseBody().write(problem);
            } else {
                byte[] body = ("{\"dossierId\": \"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(202, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        portalApi.start();
        try (var load = new PortalLoad("http://127.0.0.1:" + portalApi.getAddress().getPort(), () -> "token",
                new CompletionTracker(), dossiers(1))) {
            load.offer(System.nanoTime() + 1_000_000_000L, 10);

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (load.submitted() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(load.submitted()).as("accepted when sent again").isEqualTo(1);
            assertThat(load.refusals()).isEqualTo(1);
            assertThat(load.sent()).as("first submissions: the resend is not one").isEqualTo(1);
            assertThat(load.rejected()).isZero();
            assertThat(received.get()).isEqualTo(2);
        }
    }

    /** The orchestrator's submit call, accepting every dossier. */
    private String startApi() throws Exception {
        portalApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portalApi.createContext("/api/v1/dossiers", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            byte[] body = ("{\"dossierId\": \"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        portalApi.start();
        return "http://127.0.0.1:" + portalApi.getAddress().getPort();
    }

    private static List<String> dossiers(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"n\": " + i + "}").toList();
    }
}
