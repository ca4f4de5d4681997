package vn.lienthong.orchestrator.domain.dossier;

import vn.lienthong.orchestrator.domain.form.Child;
import vn.lienthong.orchestrator.domain.form.PersonalIdNumber;

/** Whether a number could be this child's: format, century and sex, year of birth. */
final class PersonalIdNumberRules {

    private PersonalIdNumberRules() {
    }

    static boolean isValidFor(String number, Child child) {
        return PersonalIdNumber.agreesWith(number, child.dateOfBirth(), child.sex());
    }
}
