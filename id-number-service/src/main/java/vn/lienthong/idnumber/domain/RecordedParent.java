package vn.lienthong.idnumber.domain;

import java.time.LocalDate;
import java.util.Objects;

import vn.lienthong.rules.identity.PersonNames;

/**
 * A newborn's parent as the population database records them, at the moment the request was
 * checked: {@code role} is {@code mother} or {@code father}.
 */
public record RecordedParent(String role, PersonalIdNumber personalIdNumber, String fullName, LocalDate dateOfBirth,
                             LocalDate dateOfDeath, boolean deceased) {

    public static RecordedParent of(String role, Citizen citizen) {
        return new RecordedParent(role, citizen.personalIdNumber(), citizen.fullName(), citizen.dateOfBirth(),
                citizen.dateOfDeath(), citizen.deceased());
    }

    /**
     * Whether the parent is recorded otherwise than declared: another name, another date of birth
     * (when both are known), or deceased. A child born after a father's death is possible, so a
     * deceased parent is for an officer to confirm, not a refusal. The orchestrator draws the
     * same differences, field by field, from this record.
     */
    public boolean differsFrom(DeclaredParents.DeclaredPerson declared) {
        return !PersonNames.sameName(declared.fullName(), fullName)
                || declared.dateOfBirth() != null && dateOfBirth != null
                && !Objects.equals(declared.dateOfBirth(), dateOfBirth)
                || deceased;
    }

    /** For logs: no name, no date. */
    @Override
    public String toString() {
        return "RecordedParent[" + role + "]";
    }
}
