package vn.lienthong.idnumber.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.lienthong.idnumber.domain.BirthDeclaration;
import vn.lienthong.idnumber.domain.CenturyAndSex;
import vn.lienthong.idnumber.domain.DeclaredParents;
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
 * {@code parentsAsDeclared}, or null, asks for the parents to be checked in the same request.
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
        String duplicateReviewedBy,
        DeclaredParents parentsAsDeclared) {

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

    /** A request that asks for no check of the parents' names and dates of birth. */
    public AssignPersonalIdNumberCommand(String requestId, String fullName, Sex sex, LocalDate dateOfBirth,
                                         String registrationCommuneCode, String motherPersonalIdNumber,
                                         String fatherPersonalIdNumber, String nationality,
                                         String confirmedDistinctFrom, String duplicateReviewedBy) {
        this(requestId, fullName, sex, dateOfBirth, registrationCommuneCode, motherPersonalIdNumber,
                fatherPersonalIdNumber, nationality, confirmedDistinctFrom, duplicateReviewedBy, null);
    }

    /** A request without an officer's review, as most are. */
    public AssignPersonalIdNumberCommand(String requestId, String fullName, Sex sex, LocalDate dateOfBirth,
                                         String registrationCommuneCode, String motherPersonalIdNumber,
                                         String fatherPersonalIdNumber, String nationality) {
        this(requestId, fullName, sex, dateOfBirth, registrationCommuneCode, motherPersonalIdNumber,
                fatherPersonalIdNumber, nationality, null, null, null);
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
        problems.addAll(parentsProblems());
        return problems;
    }

    /** A check of the parents needs each declared parent's name, and a father's data with his number. */
    private List<Refusal> parentsProblems() {
        List<Refusal> problems = new ArrayList<>();
        if (parentsAsDeclared == null) {
            return problems;
        }
        if (parentsAsDeclared.mother() == null || trimmed(parentsAsDeclared.mother().fullName()) == null) {
            problems.add(Refusal.missing("parentsAsDeclared.mother.fullName", "họ tên của mẹ như đã khai",
                    "the mother's full name as declared"));
        }
        if (parentsAsDeclared.father() != null && trimmed(parentsAsDeclared.father().fullName()) == null) {
            problems.add(Refusal.missing("parentsAsDeclared.father.fullName", "họ tên của cha như đã khai",
                    "the father's full name as declared"));
        }
        if (parentsAsDeclared.father() != null && fatherPersonalIdNumber == null) {
            problems.add(Refusal.missing("fatherPersonalIdNumber", "số định danh cá nhân của cha",
                    "the father's personal ID number"));
        }
        if (parentsAsDeclared.father() == null && fatherPersonalIdNumber != null) {
            problems.add(Refusal.missing("parentsAsDeclared.father", "thông tin của cha như đã khai",
                    "the father's data as declared"));
        }
        return problems;
    }

    /** Whether the request asks for the parents to be checked against the records. */
    public boolean checksParents() {
        return parentsAsDeclared != null;
    }

    /** The fingerprint of the checked parents' data, or null when no check is asked for. */
    public String parentsDigest() {
        return parentsAsDeclared == null ? null : parentsAsDeclared.digest();
    }

    /**
     * A fingerprint of everything the request asks, kept with an answer drawn from data that may
     * change (the parents' records), so a reused request id with other data is recognised.
     */
    public String digest() {
        return DeclaredParents.sha256(String.join("\u001f", String.valueOf(requestId), String.valueOf(fullName),
                String.valueOf(sex), String.valueOf(dateOfBirth), String.valueOf(registrationCommuneCode),
                String.valueOf(motherPersonalIdNumber), String.valueOf(fatherPersonalIdNumber),
                String.valueOf(nationality), String.valueOf(confirmedDistinctFrom), String.valueOf(duplicateReviewedBy),
                String.valueOf(parentsDigest())));
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
