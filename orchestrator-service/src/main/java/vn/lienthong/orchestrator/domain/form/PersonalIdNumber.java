package vn.lienthong.orchestrator.domain.form;

import java.time.LocalDate;

import vn.lienthong.rules.identity.PersonalIdNumberRule;

/**
 * The 12-digit personal ID number (Decree 137/2015, Circular 07/2016) as a dossier's form holds
 * it, checked by the rule every agency applies ({@link PersonalIdNumberRule}), so that intake
 * refuses exactly what the agencies would.
 */
public final class PersonalIdNumber {

    private PersonalIdNumber() {
    }

    public static boolean isWellFormed(String value) {
        return PersonalIdNumberRule.isWellFormed(value);
    }

    /** The century-and-sex digit: 1900s male 0 female 1, 2000s 2/3, 2100s 4/5, and so on. */
    public static int centuryAndSexDigit(LocalDate dateOfBirth, Sex sex) {
        return PersonalIdNumberRule.centuryAndSexDigit(dateOfBirth.getYear(), sex == Sex.FEMALE);
    }

    /** True when the number's century, sex and year digits agree with the person's. */
    public static boolean agreesWith(String value, LocalDate dateOfBirth, Sex sex) {
        return dateOfBirth != null && PersonalIdNumberRule.agreesWith(value, dateOfBirth.getYear(), sex == Sex.FEMALE);
    }

    /** For logs: the province part only. */
    public static String masked(String value) {
        return PersonalIdNumberRule.forLogs(value);
    }
}
