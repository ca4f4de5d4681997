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
 *
 * <p>{@code parentsAsDeclared}, when present, asks the database to check the parents in the same
 * request: each declared parent must be a citizen under the number given, with the declared name
 * and date of birth, and alive. If one differs no number is issued: the request is answered with
 * {@link IdNumberApi#PARENT_DATA_DIFFERS} and the parents as recorded. An answer with a number then
 * says {@code parentsChecked}. Absent (null), the parents' numbers are only required to exist, as
 * before; a caller whose officer has confirmed the parents' data sends none.
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
        String duplicateReviewedBy,
        ParentsAsDeclared parentsAsDeclared) {

    /** A request without an officer's review of an earlier match. */
    public AssignPersonalIdNumber(String requestId, String fullName, Sex sex, LocalDate dateOfBirth,
                                  String registrationCommuneCode, String motherPersonalIdNumber,
                                  String fatherPersonalIdNumber, String nationality) {
        this(requestId, fullName, sex, dateOfBirth, registrationCommuneCode, motherPersonalIdNumber,
                fatherPersonalIdNumber, nationality, null, null, null);
    }

    /** A request without a check of the parents' names and dates of birth. */
    public AssignPersonalIdNumber(String requestId, String fullName, Sex sex, LocalDate dateOfBirth,
                                  String registrationCommuneCode, String motherPersonalIdNumber,
                                  String fatherPersonalIdNumber, String nationality, String confirmedDistinctFrom,
                                  String duplicateReviewedBy) {
        this(requestId, fullName, sex, dateOfBirth, registrationCommuneCode, motherPersonalIdNumber,
                fatherPersonalIdNumber, nationality, confirmedDistinctFrom, duplicateReviewedBy, null);
    }
}
