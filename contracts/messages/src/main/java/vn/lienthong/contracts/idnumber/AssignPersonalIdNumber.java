package vn.lienthong.contracts.idnumber;

import java.time.LocalDate;

import vn.lienthong.contracts.common.Sex;

/**
 * Ask the population database for a newborn's personal ID number. {@code requestId} makes the
 * request idempotent: the same id always gets the same number. The number's province part comes
 * from {@code registrationCommuneCode}, the commune where the birth is registered.
 */
public record AssignPersonalIdNumber(
        String requestId,
        String fullName,
        Sex sex,
        LocalDate dateOfBirth,
        String registrationCommuneCode,
        String motherPersonalIdNumber,
        String fatherPersonalIdNumber,
        String nationality) {
}
