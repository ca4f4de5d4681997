package vn.lienthong.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import vn.lienthong.rules.access.Role;

/**
 * Access tokens for a service's integration tests, signed with the test key whose public half
 * ({@code classpath:lienthong-test-jwt.pub}) the service is configured to trust in its tests
 * ({@code src/test/resources/config/application.yml}). The key is for tests only. End-to-end tests
 * get their tokens from the real identity provider instead.
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:8085";
    public static final String AUDIENCE = "lienthong-api";

    private static final RSAPrivateKey KEY = (RSAPrivateKey) privateKey("/lienthong-test-jwt.key");

    private String subject;
    private String name;
    private String clientId;
    private List<String> roles = List.of();
    private List<String> communes = List.of();
    private String scope;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
    private Instant issuedAt;

    private TestTokens(String subject) {
        this.subject = subject;
        this.clientId = subject;
    }

    public static TestTokens token(String subject) {
        return new TestTokens(subject);
    }

    /** The national portal's token. */
    public static String portal() {
        return token("national-portal").roles(Role.PORTAL).scope("dossiers.submit dossiers.read").sign();
    }

    /** A commune civil-status officer's token, for {@code communes}. */
    public static String officer(String username, String... communes) {
        return token(username).clientId("console").name("Cán bộ " + username).roles(Role.COMMUNE_OFFICER)
                .communes(communes).sign();
    }

    /** A provincial ops user's token. */
    public static String ops(String username) {
        return token(username).clientId("console").name("Vận hành " + username).roles(Role.OPS).sign();
    }

    /** An administrator's token. */
    public static String admin(String username) {
        return token(username).clientId("console").name("Quản trị " + username).roles(Role.ADMIN).sign();
    }

    /** Every commune of the seeded population, for an officer token that acts everywhere. */
    public static final String[] ALL_COMMUNES = {"25450", "25453", "25441", "25555", "25195", "25210", "26041",
        "26068", "26368", "26734", "26743", "26740", "27259", "25747", "26506", "27664", "00004", "00070", "00103",
        "00166", "08974"};

    /**
     * The token the caller a test plays would hold for {@code path}: ops for the ops API, the
     * administrator for the admin API, a commune officer for officer actions, the portal for the rest
     * of the dossier API, and a service for an agency's own API.
     */
    public static String forPath(String path) {
        if (path.startsWith("/actuator/")) {
            return metrics();
        }
        if (path.startsWith("/api/v1/ops/")) {
            return ops("vanhanh.test");
        }
        if (path.startsWith("/api/v1/admin/")) {
            return admin("quantri.test");
        }
        if (path.contains("/officer-actions") || path.contains("/manual-id-number")) {
            return officer("hotich.test", ALL_COMMUNES);
        }
        if (path.startsWith("/api/v1/dossiers")) {
            return portal();
        }
        return service("orchestrator-service");
    }

    /** Adds {@link #forPath}'s token to each request of a Spring {@code RestClient}. */
    public static org.springframework.http.client.ClientHttpRequestInterceptor bearerForPath() {
        return (request, body, execution) -> {
            if (!request.getHeaders().containsHeader("Authorization")) {
                request.getHeaders().setBearerAuth(forPath(request.getURI().getPath()));
            }
            return execution.execute(request, body);
        };
    }

    /** A metrics scraper's token. */
    public static String metrics() {
        return token("metrics-scraper").roles(Role.MONITORING).scope("metrics.read").sign();
    }

    /** A service's token for service-to-service calls. */
    public static String service(String clientId) {
        return token(clientId).roles(Role.SERVICE).sign();
    }

    public TestTokens roles(Role... given) {
        this.roles = java.util.Arrays.stream(given).map(Role::name).toList();
        return this;
    }

    public TestTokens roleNames(String... given) {
        this.roles = List.of(given);
        return this;
    }

    public TestTokens communes(String... given) {
        this.communes = List.of(given);
        return this;
    }

    public TestTokens name(String given) {
        this.name = given;
        return this;
    }

    public TestTokens clientId(String given) {
        this.clientId = given;
        return this;
    }

    public TestTokens scope(String given) {
        this.scope = given;
        return this;
    }

    public TestTokens issuer(String given) {
        this.issuer = given;
        return this;
    }

    public TestTokens audience(String given) {
        this.audience = given;
        return this;
    }

    public TestTokens expiresAt(Instant given) {
        this.expiresAt = given;
        return this;
    }

    /** When the token says it was issued ({@code iat}); five seconds ago unless set. */
    public TestTokens issuedAt(Instant given) {
        this.issuedAt = given;
        return this;
    }

    /** Signed with the test key. */
    public String sign() {
        return signWith(KEY);
    }

    /** Signed with a key no service trusts. */
    public String signWithUnknownKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return signWith((RSAPrivateKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code "alg": "none"} and no signature. */
    public String unsigned() {
        return new PlainJWT(claims()).serialize();
    }

    private String signWith(RSAPrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("lienthong-test").build(), claims());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims() {
        Instant issued = issuedAt != null ? issuedAt : Instant.now().minusSeconds(5);
        var claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(audience)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(expiresAt))
                .claim("client_id", clientId)
                .claim("roles", roles);
        if (!communes.isEmpty()) {
            claims.claim("communes", communes);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        if (scope != null) {
            claims.claim("scope", scope);
        }
        return claims.build();
    }

    /** The public half of the key every token here is signed with ({@code lienthong-test-jwt.pub}). */
    public static RSAPublicKey publicKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/lienthong-test-jwt.pub")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
