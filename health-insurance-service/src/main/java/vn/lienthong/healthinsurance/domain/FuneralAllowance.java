package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A funeral allowance granted for one death: {@code amountVnd} = {@code multiple} × the reference
 * level in force in the month of death. Paid once (Art. 85: "một lần"), so one per deceased.
 */
public record FuneralAllowance(
        FuneralClaim claim,
        long amountVnd,
        ReferenceLevel referenceLevel,
        int multiple,
        Qualification qualification,
        String legalBasis,
        LocalDate decidedOn,
        boolean lateClaim,
        SurvivorsOutlook survivors) {

    public FuneralAllowance {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(referenceLevel, "referenceLevel");
        if (amountVnd != multiple * referenceLevel.amountVnd()) {
            throw new IllegalArgumentException("the amount is the multiple of the reference level");
        }
    }
}
