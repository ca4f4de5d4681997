package vn.lienthong.identity.application.port.out;

import java.util.List;
import java.util.Optional;

import vn.lienthong.identity.domain.StaffMember;

/** Where staff members and their password hashes are kept. */
public interface StaffMembers {

    Optional<StaffMember> find(String username);

    Optional<String> passwordHash(String username);

    boolean isEmpty();

    /**
     * Adds every member, with their password hash, if and only if there is no staff member yet;
     * safe when several instances start at once. Returns how many were added.
     */
    int addAllIfNone(List<NewStaffMember> members);

    record NewStaffMember(StaffMember member, String passwordHash) {
    }
}
