package vn.lienthong.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** With demo accounts off, as in production: no demo staff, and no client without its own secret. */
class ProductionSettingsIT {

    private static final String DEMO_OFF = "lienthong.identity.demo-accounts.enabled=false";

    @Test
    void noDemoStaffIsSeededAndOnlyTheConfiguredSecretsAreAccepted() {
        try (IdentityProvider provider = IdentityProvider.startOnEmptyDatabase(DEMO_OFF,
                "lienthong.identity.client-secrets.national-portal=portal-secret-from-vault",
                "lienthong.identity.client-secrets.orchestrator-service=orchestrator-secret-from-vault",
                "lienthong.identity.client-secrets.metrics-scraper=scraper-secret-from-vault",
                "lienthong.identity.client-secrets.console=console-secret-from-vault")) {
            OAuthFlows oauth = new OAuthFlows(provider.baseUrl());

            assertThat(provider.database().sql("select count(*) from staff_member").query(Integer.class).single())
                    .isZero();
            assertThat(oauth.clientCredentials("national-portal", "portal-secret-from-vault", "dossiers.read")
                    .statusCode()).isEqualTo(200);
            assertThat(oauth.clientCredentials("national-portal", IdentityProvider.CLIENT_SECRET, "dossiers.read")
                    .statusCode()).isEqualTo(401);
            assertThat(provider.database().sql("select client_secret from oauth2_registered_client")
                    .query(String.class).list()).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}"));
        }
    }

    @Test
    void aClientWithoutItsOwnSecretStopsTheFirstStartNamingTheSetting() {
        assertThatThrownBy(() -> IdentityProvider.startOnEmptyDatabase(DEMO_OFF,
                "lienthong.identity.client-secrets.national-portal=portal-secret-from-vault"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lienthong.identity.client-secrets.orchestrator-service is not set");
    }
}
