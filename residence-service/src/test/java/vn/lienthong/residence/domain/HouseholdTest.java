package vn.lienthong.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.residence.domain.Families.BROI;
import static vn.lienthong.residence.domain.Families.HANH;
import static vn.lienthong.residence.domain.Families.LAN;
import static vn.lienthong.residence.domain.Families.MINH;
import static vn.lienthong.residence.domain.Families.TUAN;

import java.util.List;

import org.junit.jupiter.api.Test;

class HouseholdTest {

    @Test
    void theChildOfTheHeadIsAChildTheChildOfTheHeadsChildAGrandchildAnyOtherChildOther() {
        assertThat(Families.lansHousehold().relationshipOfChildOf(LAN)).isEqualTo(Relationship.CHILD);
        assertThat(Families.broisHousehold().relationshipOfChildOf(BROI)).isEqualTo(Relationship.CHILD);
        assertThat(Families.broisHousehold().relationshipOfChildOf(TUAN)).isEqualTo(Relationship.GRANDCHILD);
        assertThat(Families.broisHousehold().relationshipOfChildOf(HANH)).isEqualTo(Relationship.OTHER);
        assertThat(Families.lansHousehold().relationshipOfChildOf(MINH)).isEqualTo(Relationship.OTHER);
    }

    @Test
    void theRegisteredAddressNamesTheCommuneOrElseItsCode() {
        Household lans = Families.lansHousehold();
        var unnamed = new Household(lans.number(), lans.commune(), null, "Thôn 3", LAN, List.of());

        assertThat(lans.registeredAddress()).isEqualTo("Thôn 3, Xã Bù Gia Mập");
        assertThat(unnamed.registeredAddress()).isEqualTo("Thôn 3, 25450");
    }

    @Test
    void theHeadIsTheHeadAndMembersAreFoundByIdNumber() {
        assertThat(Families.lansHousehold().isHead(LAN)).isTrue();
        assertThat(Families.lansHousehold().isHead(MINH)).isFalse();
        assertThat(Families.lansHousehold().member(MINH)).map(Member::fullName).contains("Điểu Văn Minh");
        assertThat(Families.lansHousehold().member(TUAN)).isEmpty();
    }
}
