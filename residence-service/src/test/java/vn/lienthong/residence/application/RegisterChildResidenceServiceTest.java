package vn.lienthong.residence.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.residence.domain.Families.AN;
import static vn.lienthong.residence.domain.Families.LAN;
import static vn.lienthong.residence.domain.Families.TUAN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import vn.lienthong.residence.application.port.in.RegisterChildResidenceCommand;
import vn.lienthong.residence.domain.Families;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.RegistrationNumber;
import vn.lienthong.residence.domain.Relationship;
import vn.lienthong.residence.domain.ResidenceDecision;

class RegisterChildResidenceServiceTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Clock NOV_22 = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), VIETNAM);
    private static final PersonalIdNumber HOA = new PersonalIdNumber("075326000123");

    private final InMemoryHouseholds households =
            new InMemoryHouseholds(Families.lansHousehold(), Families.broisHousehold(), Families.ansHousehold());
    private int serialsSpent;
    private final RegisterChildResidenceService service = new RegisterChildResidenceService(households,
            (commune, year) -> RegistrationNumber.of(commune, year, 44 + ++serialsSpent), NOV_22);

    @Test
    void theExampleChildJoinsHerMothersHouseholdAsHerChild() {
        var decision = (ResidenceDecision.Registered) service.register(hoaAt(LAN, "25450", "Thôn 3", false));

        assertThat(decision.newlyRegistered()).isTrue();
        assertThat(decision.registration().number().value()).isEqualTo("TT-25450-2026-000045");
        assertThat(decision.registration().householdNumber().value()).isEqualTo("HK-25450-000001");
        assertThat(decision.registration().registeredAddress()).isEqualTo("Thôn 3, Xã Bù Gia Mập");
        assertThat(decision.registration().registeredOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        var hoa = service.findResident(HOA).orElseThrow();
        assertThat(hoa.member().relationship()).isEqualTo(Relationship.CHILD);
        assertThat(hoa.member().fullName()).isEqualTo("Điểu Thị Hoa");
    }

    @Test
    void theAddressIsMatchedWhateverTheSpacingAndCase() {
        assertThat(service.register(hoaAt(LAN, "25450", "  THÔN   3 ", false)))
                .isInstanceOf(ResidenceDecision.Registered.class);
    }

    @Test
    void aChildRegisteredBeforeGetsTheSameRegistrationAndNoSecondMembership() {
        var first = (ResidenceDecision.Registered) service.register(hoaAt(LAN, "25450", "Thôn 3", false));
        var again = (ResidenceDecision.Registered) service.register(hoaAt(TUAN, "25450", "Thôn 3", true));

        assertThat(again.newlyRegistered()).isFalse();
        assertThat(again.registration()).isEqualTo(first.registration());
        assertThat(households.membershipsOf(HOA)).isEqualTo(1);
        assertThat(serialsSpent).isEqualTo(1);
    }

    @Test
    void aGrandchildJoinsTheGrandparentsHouseholdWithTheHeadsConsent() {
        var decision = (ResidenceDecision.Registered) service.register(hoaAt(TUAN, "25450", "Thôn 3", true));

        assertThat(decision.registration().householdNumber().value()).isEqualTo("HK-25450-000002");
        assertThat(service.findResident(HOA).orElseThrow().member().relationship()).isEqualTo(Relationship.GRANDCHILD);
    }

    @Test
    void aRefusalSpendsNoNumberAndAddsNoMember() {
        var decision = (ResidenceDecision.Refused) service.register(hoaAt(AN, "25450", "Thôn 3", true));

        assertThat(decision.reasons()).extracting(Refusal::code).containsExactly("PARENT_NOT_REGISTERED_AT_ADDRESS");
        assertThat(serialsSpent).isZero();
        assertThat(households.membershipsOf(HOA)).isZero();
    }

    @Test
    void anUnknownAddressIsRefused() {
        var decision = (ResidenceDecision.Refused) service.register(hoaAt(LAN, "25450", "Thôn 9", false));

        assertThat(decision.reasons()).extracting(Refusal::code).containsExactly("HOUSEHOLD_NOT_FOUND");
    }

    @Test
    void someoneAlreadyResidentWithoutARegistrationHereIsNotRegisteredAgain() {
        var decision = (ResidenceDecision.Refused) service.register(
                new RegisterChildResidenceCommand(UUID.randomUUID(), TUAN.value(), "Điểu Văn Tuấn",
                        LocalDate.of(2026, 11, 2), LAN.value(), "25450", "Thôn 3", false));

        assertThat(decision.reasons()).extracting(Refusal::code, Refusal::field)
                .containsExactly(Tuple.tuple("ALREADY_PERMANENT_RESIDENT", "child.personalIdNumber"));
        assertThat(households.membershipsOf(TUAN)).isEqualTo(1);
    }

    private static RegisterChildResidenceCommand hoaAt(PersonalIdNumber parent, String commune, String addressLine,
                                                       boolean consent) {
        return new RegisterChildResidenceCommand(UUID.randomUUID(), HOA.value(), " Điểu Thị Hoa ",
                LocalDate.of(2026, 11, 2), parent.value(), commune, addressLine, consent);
    }
}
