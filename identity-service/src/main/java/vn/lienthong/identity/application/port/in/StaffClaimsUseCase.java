package vn.lienthong.identity.application.port.in;

import java.util.Optional;

import vn.lienthong.identity.domain.IdentityClaims;

/**
 * What a token for a staff member says, read afresh at every issue (a refresh too), so a member
 * disabled or deleted since they signed in gets no new token, and a changed commune binding shows.
 */
public interface StaffClaimsUseCase {

    /** Empty when the member is unknown or disabled. */
    Optional<IdentityClaims> claimsOf(String username);
}
