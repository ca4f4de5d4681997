package vn.lienthong.identity.application.port.in;

import java.util.List;

import vn.lienthong.identity.domain.StaffMember;

public interface SeedStaffUseCase {

    /**
     * Adds the members, all with the given initial password, when the directory is empty, and
     * nothing otherwise (a restart, or a second instance, adds no duplicates). Returns how many were added.
     */
    int seedIfEmpty(List<StaffMember> members, String initialPassword);
}
