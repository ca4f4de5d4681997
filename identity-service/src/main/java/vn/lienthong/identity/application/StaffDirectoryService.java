package vn.lienthong.identity.application;

import java.util.List;
import java.util.Optional;

import vn.lienthong.identity.application.port.in.FindSignInAccountUseCase;
import vn.lienthong.identity.application.port.in.SeedStaffUseCase;
import vn.lienthong.identity.application.port.in.SignInAccount;
import vn.lienthong.identity.application.port.in.StaffClaimsUseCase;
import vn.lienthong.identity.application.port.out.PasswordHashing;
import vn.lienthong.identity.application.port.out.StaffMembers;
import vn.lienthong.identity.application.port.out.StaffMembers.NewStaffMember;
import vn.lienthong.identity.domain.IdentityClaims;
import vn.lienthong.identity.domain.StaffMember;

/** The staff directory as sign-in, token issuing and seeding use it. */
public class StaffDirectoryService implements FindSignInAccountUseCase, StaffClaimsUseCase, SeedStaffUseCase {

    private final StaffMembers staff;
    private final PasswordHashing hashing;

    public StaffDirectoryService(StaffMembers staff, PasswordHashing hashing) {
        this.staff = staff;
        this.hashing = hashing;
    }

    @Override
    public Optional<SignInAccount> forSignIn(String username) {
        return staff.find(username).flatMap(member -> staff.passwordHash(username)
                .map(hash -> new SignInAccount(member, hash)));
    }

    @Override
    public Optional<IdentityClaims> claimsOf(String username) {
        return staff.find(username).filter(StaffMember::enabled).map(StaffMember::claims);
    }

    @Override
    public int seedIfEmpty(List<StaffMember> members, String initialPassword) {
        if (initialPassword == null || initialPassword.length() < 8) {
            throw new IllegalArgumentException("the initial password of seeded accounts has at least 8 characters");
        }
        if (!staff.isEmpty()) {
            return 0;
        }
        // One hash per member: the same password must not give the same stored value twice.
        return staff.addAllIfNone(members.stream()
                .map(member -> new NewStaffMember(member, hashing.hash(initialPassword)))
                .toList());
    }
}
