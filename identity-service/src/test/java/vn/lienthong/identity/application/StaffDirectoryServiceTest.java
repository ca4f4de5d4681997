package vn.lienthong.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import vn.lienthong.identity.application.port.out.StaffMembers;
import vn.lienthong.identity.domain.CommuneCode;
import vn.lienthong.identity.domain.Role;
import vn.lienthong.identity.domain.StaffMember;

class StaffDirectoryServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final StaffDirectoryService directory = new StaffDirectoryService(staff, password -> "{test}" + password);

    @Test
    void aDisabledMemberGetsNoClaimsAndAnEnabledOneGetsTheirs() {
        staff.added.add(new StaffMembers.NewStaffMember(officer("hotich.25450", true), "{test}x"));
        staff.added.add(new StaffMembers.NewStaffMember(officer("hotich.25453", false), "{test}x"));

        assertThat(directory.claimsOf("hotich.25450")).hasValueSatisfying(claims ->
                assertThat(claims.communeCodes()).containsExactly("25450"));
        assertThat(directory.claimsOf("hotich.25453")).isEmpty();
        assertThat(directory.claimsOf("nobody")).isEmpty();
    }

    @Test
    void seedingStoresOnlyHashesAndNothingWhenStaffExist() {
        assertThat(directory.seedIfEmpty(List.of(officer("hotich.25450", true)), "demo-2026")).isEqualTo(1);
        assertThat(staff.added).extracting(StaffMembers.NewStaffMember::passwordHash).containsExactly("{test}demo-2026");

        assertThat(directory.seedIfEmpty(List.of(officer("hotich.25453", true)), "demo-2026")).isZero();
        assertThat(staff.added).hasSize(1);
    }

    @Test
    void aShortInitialPasswordIsRefused() {
        assertThatThrownBy(() -> directory.seedIfEmpty(List.of(officer("hotich.25450", true)), "1234567"))
                .hasMessageContaining("at least 8 characters");
    }

    private static StaffMember officer(String username, boolean enabled) {
        var communes = new TreeSet<>(List.of(new CommuneCode(username.substring(username.indexOf('.') + 1))));
        return new StaffMember(username, "Nguyễn Thị Lan", Set.of(Role.COMMUNE_OFFICER), communes, enabled);
    }

    private static final class InMemoryStaff implements StaffMembers {

        final List<NewStaffMember> added = new ArrayList<>();

        @Override
        public Optional<StaffMember> find(String username) {
            return added.stream().map(NewStaffMember::member).filter(m -> m.username().equals(username)).findFirst();
        }

        @Override
        public Optional<String> passwordHash(String username) {
            return added.stream().filter(m -> m.member().username().equals(username))
                    .map(NewStaffMember::passwordHash).findFirst();
        }

        @Override
        public boolean isEmpty() {
            return added.isEmpty();
        }

        @Override
        public int addAllIfNone(List<NewStaffMember> members) {
            if (!added.isEmpty()) {
                return 0;
            }
            added.addAll(members);
            return members.size();
        }
    }
}
