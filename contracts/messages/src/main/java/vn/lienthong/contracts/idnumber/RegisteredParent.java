package vn.lienthong.contracts.idnumber;

import java.time.LocalDate;

/**
 * A parent as the population database records them, in the {@link IdNumberApi#PARENT_DATA_DIFFERS}
 * problem: {@code role} is {@code mother} or {@code father}. {@code deceased} is true, with
 * {@code dateOfDeath} when known, once a death is recorded.
 */
public record RegisteredParent(String role, String personalIdNumber, String fullName, LocalDate dateOfBirth,
                               boolean deceased, LocalDate dateOfDeath) {
}
