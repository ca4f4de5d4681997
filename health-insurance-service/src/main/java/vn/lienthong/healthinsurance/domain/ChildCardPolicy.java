package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides whether a child gets a card, before any number is spent on it. */
public final class ChildCardPolicy {

    private ChildCardPolicy() {
    }

    /**
     * The reasons to refuse, empty when a card may be issued. {@code facility} is empty when the
     * requested facility code is unknown.
     */
    public static List<Refusal> refusals(LocalDate dateOfBirth, LocalDate applicationDate,
                                         Optional<InitialCareFacility> facility) {
        List<Refusal> refusals = new ArrayList<>();
        if (dateOfBirth.isAfter(applicationDate)) {
            refusals.add(Refusal.bornAfterApplication());
        } else if (!CardValidity.isUnderSix(dateOfBirth, applicationDate)) {
            refusals.add(Refusal.childNotUnderSix());
        }
        if (facility.isEmpty()) {
            refusals.add(Refusal.unknownCareFacility());
        }
        return refusals;
    }
}
