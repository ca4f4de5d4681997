package vn.lienthong.contracts.idnumber;

import java.time.LocalDate;

import vn.lienthong.contracts.common.Sex;

/**
 * Ask the population database for a newborn's personal ID number. {@code requestId} makes the
 * request idempotent: the same id always gets the same answer. The number's province part comes
 * from {@code registrationCommuneCode}, the commune where the birth is registered.
 *
 * <p>A newborn who matches an earlier citizen (same mother, name, sex and date of birth) is
 * refused with {@link IdNumberApi#POSSIBLE_DUPLICATE_CITIZEN}. If an officer then confirms it is
 * another child (twins given the same name), the request is sent again under a new
 * {@code requestId} with {@code confirmedDistinctFrom}, the existing citizen's number as the
 * refusal showed it, and {@code duplicateReviewedBy}, the officer's id. Both are absent (null)
 * otherwise; a client that never sends them is served as before.
 */
public record AssignPersonalIdNumber(
        String requestId,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String registrationCommuneCode,
        String motherPersonalIdNumber,
        String fatherPersonalIdNumber,
        String nationality,
        String confirmedDistinctFrom,
        String duplicateReviewedBy) {

    /** A request without an officer's review of an earlier match. */
    public AssignPersonalIdNumber(String requestId, String fullName, Sex sex, LocalDate dateOfBirth,
                                  String registrationCommuneCode, String motherPersonalIdNumber,
                                  String fatherPersonalIdNumber, String nationality) {
        this(requestId, fullName, sex, dateOfBirth, registrationCommuneCode, motherPersonalIdNumber,
                fatherPersonalIdNumber, nationality, null, null);
    }
}
