package vn.lienthong.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void anOfficersTokenNamesTheirRoleAndEveryCommuneInOrder() {
        var officer = new StaffMember("hotich.25441.25555", "Lê Thị Mai", Set.of(Role.COMMUNE_OFFICER),
                communes("25555", "25441"), true);

        IdentityClaims claims = officer.claims();

        assertThat(claims.name()).isEqualTo("Lê Thị Mai");
        assertThat(claims.roleNames()).containsExactly("COMMUNE_OFFICER");
        assertThat(claims.communeCodes()).containsExactly("25441", "25555");
    }

    @Test
    void anOfficerOrCommunePoliceOfficerWithoutACommuneIsRefused() {
        assertThatThrownBy(() -> new StaffMember("congan.x", "Điểu Văn Bình", Set.of(Role.COMMUNE_POLICE),
                new TreeSet<>(), true))
                .hasMessage("congan.x: an officer is bound to at least one commune");
    }

    @Test
    void opsStaffNeedNoCommune() {
        var ops = new StaffMember("vanhanh.075", "Hoàng Minh Đức", Set.of(Role.OPS), null, true);

        assertThat(ops.claims().communeCodes()).isEmpty();
        assertThat(ops.claims().roleNames()).containsExactly("OPS");
    }

    @Test
    void usernamesAndCommuneCodesHaveTheirShape() {
        assertThatThrownBy(() -> new StaffMember("Hotich 25450", "A", Set.of(Role.OPS), null, true))
                .hasMessageContaining("lowercase");
        assertThatThrownBy(() -> new CommuneCode("2545")).hasMessage("a commune code has 5 digits");
        assertThatThrownBy(() -> new StaffMember("quantri", " ", Set.of(Role.ADMIN), null, true))
                .hasMessage("a staff member has a display name");
        assertThatThrownBy(() -> new StaffMember("quantri", "Vũ Thị Hạnh", Set.of(), null, true))
                .hasMessage("a staff member has at least one role");
    }

    private static TreeSet<CommuneCode> communes(String... codes) {
        return new TreeSet<>(List.of(codes).stream().map(CommuneCode::new).toList());
    }
}
