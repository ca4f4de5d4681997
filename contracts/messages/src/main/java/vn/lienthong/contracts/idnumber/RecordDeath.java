package vn.lienthong.contracts.idnumber;

import java.time.LocalDate;

/**
 * Tell the population database that a citizen died, once the civil registry has registered the
 * death (Civil Status Law 2014, Art. 5(6): civil-status data feeds the population database).
 * {@code requestId} makes the request idempotent: the same id always gets the same answer.
 * {@code deathExtractNumber} is the civil registry's electronic death extract (trích lục khai tử).
 */
public record RecordDeath(
        String requestId,
        String personalIdNumber,
        LocalDate dateOfDeath,
        String deathExtractNumber) {
}
