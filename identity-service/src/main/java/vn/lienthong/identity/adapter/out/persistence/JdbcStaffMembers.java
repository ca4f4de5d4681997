package vn.lienthong.identity.adapter.out.persistence;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.identity.application.port.out.StaffMembers;
import vn.lienthong.identity.domain.CommuneCode;
import vn.lienthong.identity.domain.Role;
import vn.lienthong.identity.domain.StaffMember;

/** Staff members in tables staff_member, staff_member_role and staff_member_commune. */
public class JdbcStaffMembers implements StaffMembers {

    /** Any constant shared by every instance: it serialises the "add if none" of instances starting together. */
    private static final long SEED_LOCK = 0x1d3e7L;

    private final JdbcClient jdbc;

    public JdbcStaffMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StaffMember> find(String username) {
        return jdbc.sql("select display_name, enabled from staff_member where username = ?")
                .param(username)
                .query((rs, row) -> new StaffMember(username, rs.getString("display_name"), rolesOf(username),
                        communesOf(username), rs.getBoolean("enabled")))
                .optional();
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from staff_member where username = ?").param(username)
                .query(String.class).optional();
    }

    @Override
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from staff_member)").query(Boolean.class).single();
    }

    @Override
    @Transactional
    public int addAllIfNone(List<NewStaffMember> members) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SEED_LOCK).query().singleRow();
        if (!isEmpty()) {
            return 0;
        }
        for (NewStaffMember added : members) {
            StaffMember member = added.member();
            jdbc.sql("insert into staff_member (username, display_name, password_hash, enabled) values (?, ?, ?, ?)")
                    .params(member.username(), member.displayName(), added.passwordHash(), member.enabled())
                    .update();
            for (Role role : member.roles()) {
                jdbc.sql("insert into staff_member_role (username, role) values (?, ?)")
                        .params(member.username(), role.name()).update();
            }
            for (CommuneCode commune : member.communes()) {
                jdbc.sql("insert into staff_member_commune (username, commune_code) values (?, ?)")
                        .params(member.username(), commune.value()).update();
            }
        }
        return members.size();
    }

    private Set<Role> rolesOf(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from staff_member_role where username = ?").param(username)
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private TreeSet<CommuneCode> communesOf(String username) {
        return jdbc.sql("select commune_code from staff_member_commune where username = ?").param(username)
                .query(String.class).list().stream().map(CommuneCode::new)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
