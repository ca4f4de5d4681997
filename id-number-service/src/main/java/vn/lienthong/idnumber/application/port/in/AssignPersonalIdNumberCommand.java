package vn.lienthong.idnumber.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.lienthong.idnumber.domain.BirthDeclaration;
import vn.lienthong.idnumber.domain.CenturyAndSex;
import vn.lienthong.idnumber.domain.DuplicateReview;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.idnumber.domain.Sex;
import vn.lienthong.rules.text.TextKind;

/**
 * Assign a personal ID number to a newborn. Text is trimmed and blank text counts as absent. The
 * constructor does not reject: the checks that need the population database (is the commune
 * known, is the mother a citizen) must be reported together with these, so that one answer
 * names every field to correct. {@code confirmedDistinctFrom} and {@code duplicateReviewedBy} come
 * together or not at all: an officer's review of an earlier match (see {@link DuplicateReview}).
 */
public record AssignPersonalIdNumberCommand(
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

    /** A birth registered in Vietnam without a stated nationality is a Vietnamese child's. */
    public static final String DEFAULT_NATIONALITY = "VN";

    public AssignPersonalIdNumberCommand {
        requestId = trimmed(requestId);
        fullName = trimmed(fullName);
        registrationCommuneCode = trimmed(registrationCommuneCode);
        motherPersonalIdNumber = trimmed(motherPersonalIdNumber);
        fatherPersonalIdNumber = trimmed(fatherPersonalIdNumber);
        String stated = trimmed(nationality);
        nationality = stated == null ? DEFAULT_NATIONALITY : stated;
        confirmedDistinctFrom = trimmed(confirmedDistinctFrom);
        duplicateReviewedBy = trimmed(duplicateReviewedBy);
    }

    /** A request without an officer's review, as most are. */
    public AssignPersonalIdNumberCommand(String requestId, String fullName, Sex sex, LocalDate dateOfBirth,
                                         String registrationCommuneCode, String motherPersonalIdNumber,
                                         String fatherPersonalIdNumber, String nationality) {
        this(requestId, fullName, sex, dateOfBirth, registrationCommuneCode, motherPersonalIdNumber,
                fatherPersonalIdNumber, nationality, null, null);
    }

    /** Problems visible without the database, given today's date. */
    public List<Refusal> formatProblems(LocalDate today) {
        List<Refusal> problems = new ArrayList<>();
        if (requestId == null) {
            problems.add(Refusal.missing("requestId", "mã yêu cầu", "the request id"));
        }
        if (fullName == null) {
            problems.add(Refusal.missing("fullName", "họ tên của trẻ", "the child's full name"));
        } else if (!fullName.isBlank()) {
            Refusal.text("fullName", fullName, TextKind.PERSON_NAME).ifPresent(problems::add);
        }
        if (nationality != null && !nationality.isBlank()) {
            Refusal.text("nationality", nationality, TextKind.LABEL).ifPresent(problems::add);
        }
        if (sex == null) {
            problems.add(Refusal.missing("sex", "giới tính của trẻ (MALE hoặc FEMALE)", "the child's sex (MALE or FEMALE)"));
        }
        if (dateOfBirth == null) {
            problems.add(Refusal.missing("dateOfBirth", "ngày sinh của trẻ", "the child's date of birth"));
        } else if (dateOfBirth.isAfter(today)) {
            problems.add(Refusal.dateOfBirthInFuture());
        } else if (!CenturyAndSex.hasCode(dateOfBirth.getYear())) {
            problems.add(Refusal.dateOfBirthOutOfRange());
        }
        if (registrationCommuneCode == null) {
            problems.add(Refusal.missing("registrationCommuneCode", "mã xã nơi đăng ký khai sinh",
                    "the code of the commune registering the birth"));
        }
        if (motherPersonalIdNumber == null) {
            problems.add(Refusal.missing("motherPersonalIdNumber", "số định danh cá nhân của mẹ",
                    "the mother's personal ID number"));
        } else if (!PersonalIdNumber.isWellFormed(motherPersonalIdNumber)) {
            problems.add(Refusal.malformedIdNumber("motherPersonalIdNumber"));
        }
        if (fatherPersonalIdNumber != null && !PersonalIdNumber.isWellFormed(fatherPersonalIdNumber)) {
            problems.add(Refusal.malformedIdNumber("fatherPersonalIdNumber"));
        }
        if (confirmedDistinctFrom != null && !DuplicateReview.isWellFormedReference(confirmedDistinctFrom)) {
            problems.add(Refusal.invalidDuplicateReference());
        }
        if (confirmedDistinctFrom != null && duplicateReviewedBy == null) {
            problems.add(Refusal.missing("duplicateReviewedBy", "mã cán bộ đã xác nhận trẻ khác với công dân đã có",
                    "the id of the officer who confirmed the child is not the existing citizen"));
        }
        if (duplicateReviewedBy != null && confirmedDistinctFrom == null) {
            problems.add(Refusal.missing("confirmedDistinctFrom", "số định danh của công dân đã có mà trẻ khác với",
                    "the number of the existing citizen the child is not"));
        }
        return problems;
    }

    public boolean hasWellFormedMother() {
        return PersonalIdNumber.isWellFormed(motherPersonalIdNumber);
    }

    public boolean hasWellFormedFather() {
        return PersonalIdNumber.isWellFormed(fatherPersonalIdNumber);
    }

    /** The officer's review of an earlier match, if the request carries one; only without format problems. */
    public DuplicateReview review() {
        return confirmedDistinctFrom == null ? null : new DuplicateReview(confirmedDistinctFrom, duplicateReviewedBy);
    }

    /** The declaration; only for a command without format problems. */
    public BirthDeclaration declaration() {
        return new BirthDeclaration(fullName, sex, dateOfBirth, registrationCommuneCode,
                new PersonalIdNumber(motherPersonalIdNumber),
                fatherPersonalIdNumber == null ? null : new PersonalIdNumber(fatherPersonalIdNumber),
                nationality);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** For logs: the request id only. */
    @Override
    public String toString() {
        return "AssignPersonalIdNumberCommand[requestId=" + requestId + "]";
    }
}
