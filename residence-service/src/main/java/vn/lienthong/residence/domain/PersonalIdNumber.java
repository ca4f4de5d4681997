package vn.lienthong.residence.domain;

import vn.lienthong.rules.identity.PersonalIdNumberRule;

/** The 12-digit personal ID number; a person is a permanent resident of at most one household. */
public record PersonalIdNumber(String value) {

    public PersonalIdNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a personal ID number has exactly 12 digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return PersonalIdNumberRule.isWellFormed(value);
    }

    /** For logs: keeps the province part only. */
    @Override
    public String toString() {
        return PersonalIdNumberRule.forLogs(value);
    }
}
