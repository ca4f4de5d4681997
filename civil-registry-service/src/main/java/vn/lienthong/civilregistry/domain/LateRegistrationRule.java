package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;

/**
 * A birth registered more than {@code daysAllowed} days after it happened is a late registration.
 * It is still registered; the flag tells the officer. The limit is configuration because the
 * period has changed in law before.
 */
public record LateRegistrationRule(int daysAllowed) {

    public LateRegistrationRule {
        if (daysAllowed < 0) {
            throw new IllegalArgumentException("days allowed cannot be negative");
        }
    }

    public boolean isLate(LocalDate dateOfBirth, LocalDate registeredOn) {
        return registeredOn.isAfter(dateOfBirth.plusDays(daysAllowed));
    }
}
