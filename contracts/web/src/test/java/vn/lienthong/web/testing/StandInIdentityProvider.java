package vn.lienthong.web.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * An identity provider as a resource server reads it: its discovery document, its key set (the
 * public half of the key {@link TestTokens} signs with) and its revocation list (empty until told
 * otherwise), served by a real HTTP server on this machine. Either of the first two can be made to
 * answer 503, the list to answer anything, and every reading is counted.
 */
public final class StandInIdentityProvider implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final AtomicInteger configurationReads = new AtomicInteger();
    private final AtomicInteger keyReads = new AtomicInteger();
    private final AtomicInteger revocationReads = new AtomicInteger();
    private volatile int revocationStatus = 200;
    private volatile String revocations = "{\"clients\": [], \"staff\": []}";
    private volatile boolean configurationDown;
    private volatile boolean keysDown;

    public StandInIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> {
            configurationReads.incrementAndGet();
            String base = baseUrl();
            answer(exchange, configurationDown, JSON.writeValueAsString(Map.of("issuer", base,
                    "jwks_uri", base + "/jwks", "subject_types_supported", new String[] {"public"},
                    "response_types_supported", new String[] {"code"},
                    "id_token_signing_alg_values_supported", new String[] {"RS256"})));
        });
        server.createContext("/jwks", exchange -> {
            keyReads.incrementAndGet();
            answer(exchange, keysDown, testKeySet());
        });
        server.createContext("/revocations", exchange -> {
            revocationReads.incrementAndGet();
            answer(exchange, revocationStatus, revocations);
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, boolean down, String body) throws IOException {
        answer(exchange, down ? 503 : 200, down ? "{\"error\": \"unavailable\"}" : body);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The public half of the key the test tokens are signed with, under their key id. */
    private static String testKeySet() {
        return new JWKSet(new RSAKey.Builder(TestTokens.publicKey()).keyID("lienthong-test").build()).toString();
    }

    /** A provider whose configuration and keys answer 503 until {@link #down} says otherwise. */
    public static StandInIdentityProvider startedDown() {
        StandInIdentityProvider provider = new StandInIdentityProvider();
        provider.down(true, true);
        return provider;
    }

    /** Makes the service under test trust this provider by its address, as every service runs. */
    public void trustedBy(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", this::baseUrl);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "");
        registry.add("lienthong.security.token-issuer", this::baseUrl);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether the discovery document and the key set answer 503. */
    public void down(boolean configuration, boolean keys) {
        configurationDown = configuration;
        keysDown = keys;
    }

    /** How many times the discovery document was asked for, answered or not. */
    public int configurationReads() {
        return configurationReads.get();
    }

    /** What the revocation list answers from now on: its status and body, as they are. */
    public void answerRevocations(int status, String body) {
        this.revocations = body;
        this.revocationStatus = status;
    }

    /** How many times the revocation list was asked for. */
    public int revocationReads() {
        return revocationReads.get();
    }

    /** How many times the key set was asked for, answered or not. */
    public int keyReads() {
        return keyReads.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
