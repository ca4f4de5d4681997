package vn.lienthong.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.identity.adapter.IdentityProvider.CLIENT_SECRET;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.SharedInfrastructure;

/**
 * {@code GET /revocations} over real HTTP: every way a client or staff account is withdrawn with
 * SQL, as docs/security.md tells administrators to, shows there with the moment it was committed;
 * changes that withdraw nothing do not; withdrawals older than a token lifetime are left out.
 */
class RevocationListIT {

    private static IdentityProvider provider;

    @BeforeAll
    static void start() {
        provider = IdentityProvider.startOnEmptyDatabase("lienthong.identity.access-token-time-to-live=5m");
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void theListIsOpenToAnyoneAndNeverCached() {
        HttpResponse<String> answer = new Browser().get(provider.baseUrl() + "/revocations", "application/json");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode list = OAuthFlows.json(answer.body());
        assertThat(list.get("clients").isArray()).isTrue();
        assertThat(list.get("staff").isArray()).isTrue();
    }

    @Test
    void aDeletedClientIsListedWithTheMomentOfTheDeletionAndGetsNoTokenAnyMore() {
        var oauth = new OAuthFlows(provider.baseUrl());
        assertThat(oauth.clientCredentials("metrics-scraper", CLIENT_SECRET, "metrics.read").statusCode()).isEqualTo(200);
        Instant before = databaseNow();

        sql("delete from oauth2_registered_client where client_id = 'metrics-scraper'");

        Instant revokedAt = revokedAt("clients", "clientId", "metrics-scraper");
        assertThat(revokedAt).isAfterOrEqualTo(before).isBeforeOrEqualTo(databaseNow());
        assertThat(oauth.clientCredentials("metrics-scraper", CLIENT_SECRET, "metrics.read").statusCode()).isEqualTo(401);
    }

    @Test
    void aStaffMemberDisabledDeletedOrLosingARoleOrCommuneIsListed() {
        sql("update staff_member set enabled = false where username = 'congan.25450'");
        sql("delete from staff_member where username = 'quantri'");
        sql("delete from staff_member_commune where username = 'hotich.25441.25555' and commune_code = '25555'");
        sql("delete from staff_member_role where username = 'vanhanh.075'");

        assertThat(usernames()).contains("congan.25450", "quantri", "hotich.25441.25555", "vanhanh.075");
    }

    @Test
    void changesThatWithdrawNothingAreNotListed() {
        sql("update staff_member set display_name = 'Trần Văn Hùng (tổ 2)' where username = 'hotich.25453'");
        sql("insert into staff_member_commune (username, commune_code) values ('hotich.25453', '25454')");
        sql("update staff_member set enabled = true where username = 'hotich.25450'");
        sql("update oauth2_registered_client set client_name = 'Cổng DVC' where client_id = 'national-portal'");

        assertThat(usernames()).doesNotContain("hotich.25453", "hotich.25450");
        assertThat(clientIds()).doesNotContain("national-portal");
    }

    @Test
    void theMomentIsTheCommitNotTheStatementSoATokenIssuedMeanwhileCountsAsEarlier() throws Exception {
        Instant before = databaseNow();
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("update staff_member set enabled = false where username = 'congan.25453'");
            // The transaction stays open a second, as an administrator's might.
            statement.execute("select pg_sleep(1)");
            connection.commit();
        }

        assertThat(revokedAt("staff", "username", "congan.25453")).isAfterOrEqualTo(before.plus(Duration.ofSeconds(1)));
    }

    @Test
    void withdrawalsOlderThanATokenLifetimeAndAMinuteAreLeftOut() {
        sql("update staff_member set enabled = false where username = 'hotich.25441.25555'");
        sql("insert into revocation (kind, subject, revoked_at) values"
                + " ('CLIENT', 'long-gone-client', now() - interval '7 minutes'),"
                + " ('STAFF', 'long-gone.officer', now() - interval '6 minutes 30 seconds'),"
                + " ('STAFF', 'recent.officer', now() - interval '5 minutes 30 seconds')");

        assertThat(clientIds()).doesNotContain("long-gone-client");
        assertThat(usernames()).doesNotContain("long-gone.officer").contains("recent.officer", "hotich.25441.25555");
    }

    private static JsonNode list() {
        HttpResponse<String> answer = new Browser().get(provider.baseUrl() + "/revocations", "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        return OAuthFlows.json(answer.body());
    }

    private static List<String> usernames() {
        return ids("staff", "username");
    }

    private static List<String> clientIds() {
        return ids("clients", "clientId");
    }

    private static List<String> ids(String list, String field) {
        List<String> ids = new ArrayList<>();
        list().get(list).forEach(entry -> ids.add(entry.get(field).asString()));
        return ids;
    }

    private static Instant revokedAt(String list, String field, String id) {
        for (JsonNode entry : list().get(list)) {
            if (entry.get(field).asString().equals(id)) {
                return Instant.parse(entry.get("revokedAt").asString());
            }
        }
        throw new AssertionError(id + " is not in " + list);
    }

    private static void sql(String statement) {
        provider.database().sql(statement).update();
    }

    private static Instant databaseNow() {
        return provider.database().sql("select clock_timestamp()").query(java.sql.Timestamp.class).single().toInstant();
    }

    /** A connection of its own, to hold a transaction open; as the provider's own database user. */
    private static Connection connection() throws Exception {
        String url = provider.database().sql("select 'jdbc:postgresql://127.0.0.1:' || current_setting('port') || '/' || current_database()")
                .query(String.class).single();
        return DriverManager.getConnection(url, SharedInfrastructure.postgres().username(), "");
    }
}
