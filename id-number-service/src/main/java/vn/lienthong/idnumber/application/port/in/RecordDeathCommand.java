package vn.lienthong.idnumber.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.rules.text.TextKind;

/**
 * Record a citizen's death, reported by the civil registry once the death is registered. Text is
 * trimmed and blank text counts as absent. The constructor does not reject: problems that need the
 * database (is the person a citizen, born before that date) are reported with these in one answer.
 */
public record RecordDeathCommand(
        String requestId,
        String personalIdNumber,
        LocalDate dateOfDeath,
        String deathExtractNumber) {

    public RecordDeathCommand {
        requestId = trimmed(requestId);
        personalIdNumber = trimmed(personalIdNumber);
        deathExtractNumber = trimmed(deathExtractNumber);
    }

    /** Problems visible without the database, given today's date. */
    public List<Refusal> formatProblems(LocalDate today) {
        List<Refusal> problems = new ArrayList<>();
        if (requestId == null) {
            problems.add(Refusal.missing("requestId", "mã yêu cầu", "the request id"));
        } else {
            Refusal.text("requestId", requestId, TextKind.IDENTIFIER).ifPresent(problems::add);
        }
        if (personalIdNumber == null) {
            problems.add(Refusal.missing("personalIdNumber", "số định danh cá nhân của người chết",
                    "the deceased's personal ID number"));
        } else if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            problems.add(Refusal.malformedIdNumber("personalIdNumber"));
        }
        if (dateOfDeath == null) {
            problems.add(Refusal.missing("dateOfDeath", "ngày chết", "the date of death"));
        } else if (dateOfDeath.isAfter(today)) {
            problems.add(Refusal.dateOfDeathInFuture());
        }
        if (deathExtractNumber == null) {
            problems.add(Refusal.missing("deathExtractNumber", "số trích lục khai tử", "the death extract number"));
        } else {
            Refusal.text("deathExtractNumber", deathExtractNumber, TextKind.DOCUMENT_NUMBER).ifPresent(problems::add);
        }
        return problems;
    }

    /** The person; only for a command without format problems. */
    public PersonalIdNumber person() {
        return new PersonalIdNumber(personalIdNumber);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** For logs: the request id only. */
    @Override
    public String toString() {
        return "RecordDeathCommand[requestId=" + requestId + "]";
    }
}
