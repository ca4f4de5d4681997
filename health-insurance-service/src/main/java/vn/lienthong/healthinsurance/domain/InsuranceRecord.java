package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What social insurance knows of a person, keyed by the personal ID number (the insured person's
 * identifier since the 2024 law): months of compulsory and of voluntary contributions over their
 * whole life (also while only preserved), a monthly benefit and since when (null when none), and
 * another scheme the person is on (null when none).
 */
public record InsuranceRecord(
        PersonalIdNumber person,
        int compulsoryMonths,
        int voluntaryMonths,
        MonthlyBenefit monthlyBenefit,
        LocalDate monthlyBenefitSince,
        OtherScheme otherScheme) {

    public InsuranceRecord {
        Objects.requireNonNull(person, "person");
        if (compulsoryMonths < 0 || voluntaryMonths < 0) {
            throw new IllegalArgumentException("months of contributions cannot be negative");
        }
        if ((monthlyBenefit == null) != (monthlyBenefitSince == null)) {
            throw new IllegalArgumentException("a monthly benefit comes with the day it started, and only then");
        }
    }

    /** The monthly benefit the person received on {@code day}, if any. */
    public Optional<MonthlyBenefit> monthlyBenefitOn(LocalDate day) {
        return monthlyBenefit != null && !monthlyBenefitSince.isAfter(day) ? Optional.of(monthlyBenefit) : Optional.empty();
    }

    public boolean contributed() {
        return compulsoryMonths + voluntaryMonths > 0;
    }

    /** For logs: the number masked, nothing else. */
    @Override
    public String toString() {
        return "InsuranceRecord[" + person + "]";
    }
}
