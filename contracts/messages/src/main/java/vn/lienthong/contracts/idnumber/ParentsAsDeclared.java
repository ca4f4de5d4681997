package vn.lienthong.contracts.idnumber;

import java.time.LocalDate;

/**
 * The newborn's parents as the dossier declares them, sent with an {@link AssignPersonalIdNumber}
 * so that the population database checks them against its records in the same request. Their
 * personal ID numbers are the request's {@code motherPersonalIdNumber} and
 * {@code fatherPersonalIdNumber}; {@code father} is null when no father is declared.
 */
public record ParentsAsDeclared(Person mother, Person father) {

    /** A parent's name and date of birth as declared; the date may be absent. */
    public record Person(String fullName, LocalDate dateOfBirth) {
    }
}
