package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;

/**
 * An event (a birth, a death) registered more than {@code daysAllowed} calendar days after it
 * happened is a late registration. It is still registered; the flag tells the officer. The limit is
 * configuration because the period has changed in law before: 60 days for a birth, 15 for a death
 * (Civil Status Law 2014, Art. 15, 33(1)).
 */
public record LateRegistrationRule(int daysAllowed) {

    public LateRegistrationRule {
        if (daysAllowed < 0) {
            throw new IllegalArgumentException("days allowed cannot be negative");
        }
    }

    public boolean isLate(LocalDate happenedOn, LocalDate registeredOn) {
        return registeredOn.isAfter(happenedOn.plusDays(daysAllowed));
    }
}
