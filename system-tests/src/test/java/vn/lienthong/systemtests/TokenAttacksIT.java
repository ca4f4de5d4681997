package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.local.LocalSystem;
import vn.lienthong.deploy.local.Service;

/**
 * Attacks on the door of every API, with real tokens of the real identity provider bent out of
 * shape: each is a 401 problem with {@code WWW-Authenticate: Bearer}, and nothing changes. And a
 * withdrawn client's or staff member's token, still unexpired, is refused within seconds.
 */
class TokenAttacksIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder FROM_BASE64URL = Base64.getUrlDecoder();
    private static final List<String> EVERY_ROLE = List.of("PORTAL", "COMMUNE_OFFICER", "COMMUNE_POLICE", "OPS", "ADMIN",
            "SERVICE", "MONITORING");
    /** Longer than one refresh of the revocation list, shorter by far than a token's 10 minutes. */
    private static final Duration WITHIN_SECONDS = RunningSystem.REVOCATIONS_REFRESH.multipliedBy(3).plusSeconds(5);

    /** Where an attacker would knock: reads, writes, ops, and another service's API. */
    record Target(String name, Service service, String method, String path, String body) {
    }

    private static LocalSystem system;
    private static long dossiersBefore;
    private static long pausesBefore;
    private static final Map<String, String> ATTACKS = new LinkedHashMap<>();
    private static final List<Target> TARGETS = new ArrayList<>();

    @BeforeAll
    static void forgeTokens() throws Exception {
        system = RunningSystem.get();
        dossiersBefore = count("select count(*) from dossier");
        pausesBefore = count("select count(*) from agency_pause");
        var identity = system.identity();
        String portal = identity.client("national-portal", "dossiers.submit dossiers.read").get();
        JsonNode officerSignIn = identity.signInAnswer("hotich.25450");
        String[] parts = portal.split("\\.");
        ObjectNode header = (ObjectNode) JSON.readTree(FROM_BASE64URL.decode(parts[0]));
        ObjectNode claims = (ObjectNode) JSON.readTree(FROM_BASE64URL.decode(parts[1]));
        ObjectNode everyRole = claims.deepCopy();
        var roles = everyRole.putArray("roles");
        EVERY_ROLE.forEach(roles::add);
        everyRole.putArray("communes").add("25450").add("25453");

        ATTACKS.put("no token", null);
        ATTACKS.put("not a token", "not-a-token");
        ATTACKS.put("three parts of garbage", "eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl");
        ATTACKS.put("the portal's token with its signature tampered", parts[0] + "." + parts[1] + "." + tampered(parts[2]));
        ATTACKS.put("the portal's token re-encoded with alg none", encode(Map.of("alg", "none", "typ", "JWT")) + "."
                + parts[1] + ".");
        ATTACKS.put("the portal's token with every role added, its signature kept", parts[0] + "." + encode(everyRole)
                + "." + parts[2]);
        ATTACKS.put("an officer's ID token (audience: the console)", officerSignIn.get("id_token").asString());
        PrivateKey foreignKey = freshRsaKey();
        ATTACKS.put("every role, signed by another key under the provider's key id and issuer",
                signRs256(header, everyRole, foreignKey));
        ObjectNode ownKid = header.deepCopy();
        ownKid.put("kid", "attacker-key");
        ATTACKS.put("every role, signed by another key under a key id of its own", signRs256(ownKid, everyRole, foreignKey));
        ATTACKS.put("every role, HS256 keyed with the provider's public key", signHs256(header, everyRole,
                publicKeyPem(header.get("kid").asString())));
        assertThat(officerSignIn.get("access_token").asString()).as("the officer's access token is a real one").isNotBlank();

        TARGETS.add(new Target("submit a dossier", Service.ORCHESTRATOR, "POST", "/api/v1/dossiers",
                aTypicalDossier().json().toString()));
        TARGETS.add(new Target("list dossiers", Service.ORCHESTRATOR, "GET", "/api/v1/dossiers", null));
        TARGETS.add(new Target("pause an agency", Service.ORCHESTRATOR, "PUT", "/api/v1/ops/agencies/CIVIL_REGISTRY/pause",
                "{\"reason\": \"Tấn công\"}"));
        TARGETS.add(new Target("look up a citizen", Service.ID_NUMBER, "GET", "/api/v1/citizens/070198001234", null));
        TARGETS.add(new Target("read a birth registration", Service.CIVIL_REGISTRY, "GET",
                "/api/v1/birth-registrations/KS-25450-2026-000001", null));
        TARGETS.add(new Target("read metrics", Service.RESIDENCE, "GET", "/actuator/prometheus", null));
    }

    @TestFactory
    Stream<DynamicTest> everyForgedOrMisusedTokenIsA401ProblemOnEveryApi() {
        assertThat(ATTACKS).hasSizeGreaterThanOrEqualTo(10);
        return ATTACKS.entrySet().stream().flatMap(attack -> TARGETS.stream().map(target ->
                DynamicTest.dynamicTest(attack.getKey() + " → " + target.name(),
                        () -> assertUnauthorized(send(target, attack.getValue()), attack.getKey(), target))));
    }

    @AfterAll
    static void nothingChangedAndTheRealTokensStillWork() throws Exception {
        assertThat(count("select count(*) from dossier")).as("dossiers stored").isEqualTo(dossiersBefore);
        assertThat(count("select count(*) from agency_pause")).as("agencies paused").isEqualTo(pausesBefore);
        assertThat(RunningSystem.portal().get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(RunningSystem.officerOf("25450").get("/api/v1/dossiers").status()).isEqualTo(200);
    }

    @Test
    void aDeletedClientsUnexpiredTokenIsRefusedWithinSecondsAndTheOtherClientsAreNot() throws Exception {
        String clientId = "revocation-check-" + UUID.randomUUID().toString().substring(0, 8);
        identityDatabase("insert into oauth2_registered_client (id, client_id, client_secret, client_name,"
                + " client_authentication_methods, authorization_grant_types, scopes, client_settings, token_settings)"
                + " select '" + UUID.randomUUID() + "', '" + clientId + "', client_secret, 'Cổng thử thu hồi',"
                + " client_authentication_methods, authorization_grant_types, scopes, client_settings, token_settings"
                + " from oauth2_registered_client where client_id = 'national-portal'");
        String token = clientCredentials(clientId, system.secrets().clientSecret("national-portal")).get("access_token")
                .asString();
        assertThat(listDossiers(token).statusCode()).isEqualTo(200);

        identityDatabase("delete from oauth2_registered_client where client_id = '" + clientId + "'");

        long deleted = System.nanoTime();
        await().atMost(WITHIN_SECONDS).until(() -> listDossiers(token).statusCode() == 401);
        System.out.printf("A deleted client's token was refused after %d ms%n", (System.nanoTime() - deleted) / 1_000_000);
        assertUnauthorized(listDossiers(token), "a deleted client's token", null);
        assertThat(listDossiers(token).headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        assertThat(RunningSystem.portal().get("/api/v1/dossiers").status()).as("the national portal").isEqualTo(200);
    }

    @Test
    void aDisabledStaffMembersUnexpiredTokenIsRefusedWithinSecondsAndTheirColleaguesAreNot() throws Exception {
        String username = "hotich.thuhoi." + UUID.randomUUID().toString().substring(0, 8);
        identityDatabase("insert into staff_member (username, display_name, password_hash, enabled)"
                + " select '" + username + "', 'Cán bộ thử thu hồi', password_hash, true from staff_member"
                + " where username = 'hotich.25450'");
        identityDatabase("insert into staff_member_role (username, role) values ('" + username + "', 'COMMUNE_OFFICER')");
        identityDatabase("insert into staff_member_commune (username, commune_code) values ('" + username + "', '25450')");
        String token = system.identity().signInAnswer(username).get("access_token").asString();
        assertThat(officerRequest(token).statusCode()).isEqualTo(200);

        identityDatabase("update staff_member set enabled = false where username = '" + username + "'");

        await().atMost(WITHIN_SECONDS).until(() -> officerRequest(token).statusCode() == 401);
        assertUnauthorized(officerRequest(token), "a disabled staff member's token", null);
        assertThat(RunningSystem.officerOf("25450").get("/api/v1/dossiers").status()).as("a colleague").isEqualTo(200);
        identityDatabase("delete from staff_member where username = '" + username + "'");
    }

    private static HttpResponse<String> listDossiers(String token) throws Exception {
        return send(new Target("list dossiers", Service.ORCHESTRATOR, "GET", "/api/v1/dossiers", null), token);
    }

    private static HttpResponse<String> officerRequest(String token) throws Exception {
        return send(new Target("list the commune's dossiers", Service.ORCHESTRATOR, "GET",
                "/api/v1/dossiers?communeCode=25450", null), token);
    }

    private static void assertUnauthorized(HttpResponse<String> answer, String attack, Target target) {
        String what = attack + (target == null ? "" : " → " + target.name()) + ": " + answer.statusCode() + " " + answer.body();
        assertThat(answer.statusCode()).as(what).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).as(what).startsWith("Bearer");
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("type").asString()).as(what).isEqualTo("urn:lienthong:problem:unauthorized");
    }

    private static HttpResponse<String> send(Target target, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.url(target.service()) + target.path()))
                .timeout(Duration.ofSeconds(30))
                .method(target.method(), target.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(target.body()));
        if (target.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One character in the middle of the signature changed: the last one may carry only padding bits. */
    private static String tampered(String signature) {
        int middle = signature.length() / 2;
        char replacement = signature.charAt(middle) == 'A' ? 'B' : 'A';
        return signature.substring(0, middle) + replacement + signature.substring(middle + 1);
    }

    private static String encode(Object json) {
        return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
    }

    private static PrivateKey freshRsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    private static String signRs256(ObjectNode header, ObjectNode claims, PrivateKey key) throws Exception {
        ObjectNode rs256 = header.deepCopy();
        rs256.put("alg", "RS256");
        String signingInput = encode(rs256) + "." + encode(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + BASE64URL.encodeToString(signature.sign());
    }

    private static String signHs256(ObjectNode header, ObjectNode claims, byte[] secret) throws Exception {
        ObjectNode hs256 = header.deepCopy();
        hs256.put("alg", "HS256");
        String signingInput = encode(hs256) + "." + encode(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The provider's published key {@code kid} as PEM text: what an algorithm-confusion attack keys HMAC with. */
    private static byte[] publicKeyPem(String kid) throws Exception {
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(system.url(Service.IDENTITY) + "/oauth2/jwks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode key : JSON.readTree(answer.body()).get("keys")) {
            if (kid.equals(key.path("kid").asString())) {
                RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, FROM_BASE64URL.decode(key.get("n").asString())),
                        new BigInteger(1, FROM_BASE64URL.decode(key.get("e").asString()))));
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                return pem.getBytes(StandardCharsets.US_ASCII);
            }
        }
        throw new AssertionError("the JWK set has no key " + kid);
    }

    private static JsonNode clientCredentials(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        var answer = HTTP.send(HttpRequest.newBuilder(URI.create(system.url(Service.IDENTITY) + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode("dossiers.read", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** As the server's superuser, as an administrator withdrawing access would (docs/security.md). */
    private static void identityDatabase(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(system.jdbcUrl(Service.IDENTITY.database()),
                system.databaseUser(), ""); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(system.jdbcUrl("orchestrator"), system.databaseUser(), "");
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
