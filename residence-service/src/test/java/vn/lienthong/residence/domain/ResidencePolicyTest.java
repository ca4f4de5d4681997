package vn.lienthong.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.residence.domain.Families.AN;
import static vn.lienthong.residence.domain.Families.HANH;
import static vn.lienthong.residence.domain.Families.LAN;
import static vn.lienthong.residence.domain.Families.MINH;
import static vn.lienthong.residence.domain.Families.TUAN;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ResidencePolicyTest {

    /** The households at Thôn 3: Lan's and her father-in-law's. */
    private static final Predicate<Household> THON_3 = household -> List.of(Families.lansHousehold().number(),
            Families.broisHousehold().number()).contains(household.number());

    @Test
    void theHeadOfAHouseholdAtTheAddressMayRegisterTheChildWithoutConsent() {
        assertThat(ResidencePolicy.refusals(true, Optional.of(Families.lansHousehold()), THON_3, LAN, false)).isEmpty();
    }

    @Test
    void anAddressWithoutHouseholdsIsRefusedOnTheAddressField() {
        var refusals = ResidencePolicy.refusals(false, Optional.of(Families.lansHousehold()), household -> false, LAN, true);

        assertThat(refusals).extracting(Refusal::code, Refusal::field)
                .containsExactly(Tuple.tuple("HOUSEHOLD_NOT_FOUND", "residence.addressLine"));
    }

    @Test
    void aParentRegisteredAtAnotherAddressIsToldSoWithoutThatAddress() {
        var refusals = ResidencePolicy.refusals(true, Optional.of(Families.ansHousehold()), THON_3, AN, true);

        assertThat(refusals).extracting(Refusal::code, Refusal::field)
                .containsExactly(Tuple.tuple("PARENT_NOT_REGISTERED_AT_ADDRESS", "residence.parentPersonalIdNumber"));
        assertThat(refusals.get(0).messageVi()).contains("địa chỉ khác").doesNotContain("Lê Lợi", "26734", "Sài Gòn");
        assertThat(refusals.get(0).messageEn()).contains("another address").doesNotContain("Lê Lợi", "26734");
    }

    @Test
    void aParentRegisteredNowhereIsToldSo() {
        var refusals = ResidencePolicy.refusals(true, Optional.empty(), THON_3, new PersonalIdNumber("070199999999"), true);

        assertThat(refusals).extracting(Refusal::code).containsExactly("PARENT_NOT_REGISTERED_AT_ADDRESS");
        assertThat(refusals.get(0).messageEn()).contains("nor anywhere else");
    }

    @Test
    void aParentWhoDoesNotHeadTheHouseholdNeedsTheHeadsConsent() {
        var withoutConsent = ResidencePolicy.refusals(true, Optional.of(Families.broisHousehold()), THON_3, TUAN, false);

        assertThat(withoutConsent).extracting(Refusal::code, Refusal::field)
                .containsExactly(Tuple.tuple("HOUSEHOLD_HEAD_CONSENT_REQUIRED", "residence.householdHeadConsent"));
        assertThat(withoutConsent.get(0).messageVi()).contains("đồng ý của chủ hộ");
        assertThat(ResidencePolicy.refusals(true, Optional.of(Families.broisHousehold()), THON_3, TUAN, true)).isEmpty();
        assertThat(ResidencePolicy.refusals(true, Optional.of(Families.broisHousehold()), THON_3, HANH, false))
                .extracting(Refusal::code).containsExactly("HOUSEHOLD_HEAD_CONSENT_REQUIRED");
        assertThat(ResidencePolicy.refusals(true, Optional.of(Families.lansHousehold()), THON_3, MINH, false))
                .extracting(Refusal::code).containsExactly("HOUSEHOLD_HEAD_CONSENT_REQUIRED");
    }
}
