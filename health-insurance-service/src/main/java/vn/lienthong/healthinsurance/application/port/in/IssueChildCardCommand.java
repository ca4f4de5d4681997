package vn.lienthong.healthinsurance.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lienthong.healthinsurance.domain.InvalidApplicationException;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.healthinsurance.domain.Refusal;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Issue the card of a child under 6. Every field is checked here, and all problems are reported
 * together, each naming the dossier field to correct.
 */
public record IssueChildCardCommand(
        UUID dossierId,
        String childPersonalIdNumber,
        String childFullName,
        LocalDate dateOfBirth,
        String initialCareFacilityCode,
        LocalDate applicationDate) {

    public IssueChildCardCommand {
        List<Refusal> problems = new ArrayList<>();
        if (dossierId == null) {
            problems.add(missing("dossierId", "mã hồ sơ", "dossier id"));
        }
        if (!PersonalIdNumber.isWellFormed(childPersonalIdNumber)) {
            problems.add(new Refusal("INVALID_FIELD", "child.personalIdNumber",
                    "Số định danh cá nhân của trẻ phải có đúng 12 chữ số.",
                    "The child's personal ID number must have exactly 12 digits."));
        }
        if (childFullName == null || childFullName.isBlank()) {
            problems.add(missing("child.fullName", "họ tên của trẻ", "the child's full name"));
        }
        if (childFullName != null && !childFullName.isBlank()) {
            TextRules.fault(childFullName, TextKind.PERSON_NAME).ifPresent(fault -> problems.add(new Refusal(fault.code(),
                    "child.fullName", fault.messageVi(TextKind.PERSON_NAME), fault.messageEn(TextKind.PERSON_NAME))));
        }
        if (dateOfBirth == null) {
            problems.add(missing("child.dateOfBirth", "ngày sinh của trẻ", "the child's date of birth"));
        }
        if (initialCareFacilityCode == null || initialCareFacilityCode.isBlank()) {
            problems.add(missing("healthInsurance.initialCareFacilityCode",
                    "nơi đăng ký khám chữa bệnh ban đầu", "the initial care facility"));
        }
        if (applicationDate == null) {
            problems.add(missing("submittedAt", "ngày nộp hồ sơ", "the application date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
    }

    public PersonalIdNumber child() {
        return new PersonalIdNumber(childPersonalIdNumber);
    }

    private static Refusal missing(String field, String vi, String en) {
        return new Refusal(FieldCodes.REQUIRED, field, "Thiếu " + vi + ".", "Missing " + en + ".");
    }
}
