package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The reference level (mức tham chiếu) in force from {@code effectiveFrom}: while a base salary
 * exists it equals the base salary (Social Insurance Law 2024, Art. 141(13)), set by {@code basis}.
 */
public record ReferenceLevel(LocalDate effectiveFrom, long amountVnd, String basis) {

    public ReferenceLevel {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a reference level is a positive amount");
        }
    }
}
