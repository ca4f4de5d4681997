package vn.lienthong.idnumber.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A citizen's death as the civil registry reported it, under the request that recorded it: the
 * date of death and the civil registry's death extract (trích lục khai tử). One per citizen.
 */
public record DeathRecord(String requestId, PersonalIdNumber person, LocalDate dateOfDeath,
                          String deathExtractNumber, Instant recordedAt) {

    public DeathRecord {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        Objects.requireNonNull(deathExtractNumber, "deathExtractNumber");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Whether {@code other} reports the same death: the same person, date and death extract. */
    public boolean sameDeathAs(PersonalIdNumber otherPerson, LocalDate otherDate, String otherExtract) {
        return person.equals(otherPerson) && dateOfDeath.equals(otherDate) && deathExtractNumber.equals(otherExtract);
    }

    /** The same death, answered to another request id. */
    public DeathRecord answering(String otherRequestId) {
        return new DeathRecord(otherRequestId, person, dateOfDeath, deathExtractNumber, recordedAt);
    }

    /** For logs: the request id and the province part of the number only. */
    @Override
    public String toString() {
        return "DeathRecord[requestId=" + requestId + ", person=" + person + "]";
    }
}
