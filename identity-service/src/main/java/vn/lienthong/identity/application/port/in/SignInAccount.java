package vn.lienthong.identity.application.port.in;

import vn.lienthong.identity.domain.StaffMember;

/** What the sign-in form checks a password against. */
public record SignInAccount(StaffMember member, String passwordHash) {
}
