package vn.lienthong.web.security;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class VerifiedTokensSettingsTest {

    @Test
    void aBadSettingStopsTheStartNamingTheProperty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiSecurityAutoConfiguration.verifiedTokens(
                        new MockEnvironment().withProperty("lienthong.security.verified-tokens.max-tokens", "0"), null))
                .withMessage("lienthong.security.verified-tokens.max-tokens must be at least 1, not 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiSecurityAutoConfiguration.verifiedTokens(
                        new MockEnvironment().withProperty("lienthong.security.verified-tokens.max-age", "-1s"), null))
                .withMessage("lienthong.security.verified-tokens.max-age must be positive, not PT-1S");
    }

    @Test
    void theDefaultsAreGood() {
        assertThatNoException().isThrownBy(() -> ApiSecurityAutoConfiguration.verifiedTokens(new MockEnvironment(), null));
    }
}
