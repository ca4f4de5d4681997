package vn.lienthong.orchestrator.domain.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;

/**
 * What a dossier must satisfy before any agency is asked. Every problem is reported at once,
 * each naming its field, so the applicant corrects everything in one go. Every text is held to the
 * contracts' text rules ({@link TextRules}): no invisible or control characters, no longer than
 * the agencies' registers keep, names made of letters. What the portal's data alone can decide
 * is decided here, rather than by an agency after other agencies have acted on it.
 */
public final class DossierRules {

    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    private static final Pattern FACILITY_CODE = Pattern.compile("\\d{2}-\\d{3}");
    private static final Pattern MOBILE_PHONE = Pattern.compile("0\\d{9}");
    private static final int CHILD_AGE_LIMIT_YEARS = 6;

    private final List<FieldProblem> problems = new ArrayList<>();
    private final LocalDate today;

    private DossierRules(LocalDate today) {
        this.today = today;
    }

    /** Problems of {@code form} judged on {@code today}; empty when the dossier may proceed. */
    public static List<FieldProblem> check(DossierForm form, LocalDate today) {
        var rules = new DossierRules(today);
        rules.checkHeader(form);
        rules.checkChild(form.child(), form.submittedAt());
        LocalDate childBorn = form.child() == null ? null : form.child().dateOfBirth();
        rules.checkMother(form.mother(), childBorn);
        form.knownFather().ifPresent(father -> rules.checkFather(father, childBorn));
        rules.checkDeclarant(form.declarant());
        rules.checkResidence(form);
        rules.checkHealthInsurance(form.healthInsurance());
        return List.copyOf(rules.problems);
    }

    private void checkHeader(DossierForm form) {
        if (blank(form.portalDossierCode())) {
            problems.add(FieldProblem.missing("portalDossierCode", "mã hồ sơ trên Cổng dịch vụ công", "the portal dossier code"));
        } else {
            text("portalDossierCode", form.portalDossierCode(), TextKind.CODE);
        }
        OffsetDateTime submittedAt = form.submittedAt();
        if (submittedAt == null) {
            problems.add(FieldProblem.missing("submittedAt", "thời điểm nộp", "the submission time"));
        } else if (submittedAt.toLocalDate().isAfter(today.plusDays(1))) {
            problems.add(new FieldProblem("submittedAt", "IN_THE_FUTURE",
                    "Thời điểm nộp hồ sơ ở tương lai.", "The submission time is in the future."));
        }
        if (form.channel() == null) {
            problems.add(FieldProblem.missing("channel", "kênh nộp hồ sơ", "the channel"));
        }
        communeCode("registrationCommuneCode", form.registrationCommuneCode(), true);
        if (form.resultDelivery() == null) {
            problems.add(FieldProblem.missing("resultDelivery", "hình thức nhận kết quả", "how results are delivered"));
        }
    }

    private void checkChild(Child child, OffsetDateTime submitted) {
        if (child == null) {
            problems.add(FieldProblem.missing("child", "thông tin của trẻ", "the child"));
            return;
        }
        name("child.fullName", child.fullName(), "họ tên của trẻ", "the child's full name");
        text("child.ethnicity", child.ethnicity(), TextKind.LABEL);
        text("child.nationality", child.nationality(), TextKind.LABEL);
        text("child.placeOfBirth.facilityName", child.facilityName(), TextKind.PLACE_NAME);
        text("child.medicalBirthCertificate.number", child.medicalBirthCertificateNumber(), TextKind.DOCUMENT_NUMBER);
        if (child.sex() == null) {
            problems.add(FieldProblem.missing("child.sex", "giới tính của trẻ", "the child's sex"));
        }
        LocalDate born = child.dateOfBirth();
        if (born == null) {
            problems.add(FieldProblem.missing("child.dateOfBirth", "ngày sinh của trẻ", "the child's date of birth"));
        } else if (born.isAfter(today)) {
            problems.add(new FieldProblem("child.dateOfBirth", "IN_THE_FUTURE",
                    "Ngày sinh của trẻ ở tương lai.", "The child's date of birth is in the future."));
        } else if (submitted != null && born.isAfter(submitted.toLocalDate())) {
            problems.add(new FieldProblem("child.dateOfBirth", "BORN_AFTER_SUBMISSION",
                    "Ngày sinh của trẻ sau ngày nộp hồ sơ.", "The child's date of birth is after the dossier was submitted."));
        } else if (!latest(today, submitted).isBefore(born.plusYears(CHILD_AGE_LIMIT_YEARS))) {
            problems.add(new FieldProblem("child.dateOfBirth", "CHILD_NOT_UNDER_SIX",
                    "Thủ tục liên thông chỉ dành cho trẻ dưới 6 tuổi.",
                    "This procedure is only for children under 6."));
        }
        communeCode("child.placeOfBirth.communeCode", child.placeOfBirthCommuneCode(), false);
        if (child.bornInHealthFacility() && blank(child.medicalBirthCertificateNumber())) {
            problems.add(FieldProblem.missing("child.medicalBirthCertificate.number",
                    "số giấy chứng sinh", "the medical birth certificate number"));
        }
    }

    private void checkMother(Parent mother, LocalDate childBorn) {
        if (mother == null) {
            problems.add(FieldProblem.missing("mother", "thông tin của mẹ", "the mother"));
            return;
        }
        parent("mother", mother, Sex.FEMALE, "mẹ", "mother", childBorn);
    }

    private void checkFather(Parent father, LocalDate childBorn) {
        parent("father", father, Sex.MALE, "cha", "father", childBorn);
    }

    private void parent(String path, Parent parent, Sex sex, String vi, String en, LocalDate childBorn) {
        name(path + ".fullName", parent.fullName(), "họ tên của " + vi, "the " + en + "'s full name");
        text(path + ".ethnicity", parent.ethnicity(), TextKind.LABEL);
        text(path + ".nationality", parent.nationality(), TextKind.LABEL);
        if (parent.dateOfBirth() != null && !parent.dateOfBirth().isBefore(today)) {
            problems.add(new FieldProblem(path + ".dateOfBirth", "IN_THE_FUTURE",
                    "Ngày sinh của " + vi + " không hợp lệ.", "The " + en + "'s date of birth is not in the past."));
        } else if (parent.dateOfBirth() != null && childBorn != null && !parent.dateOfBirth().isBefore(childBorn)) {
            problems.add(new FieldProblem(path + ".dateOfBirth", "BORN_AFTER_CHILD",
                    "Ngày sinh của " + vi + " phải trước ngày sinh của trẻ.",
                    "The " + en + "'s date of birth must be before the child's."));
        }
        String idNumber = parent.personalIdNumber();
        if (blank(idNumber)) {
            problems.add(FieldProblem.missing(path + ".personalIdNumber", "số định danh cá nhân của " + vi,
                    "the " + en + "'s personal ID number"));
        } else if (!PersonalIdNumber.isWellFormed(idNumber)) {
            problems.add(badIdNumber(path + ".personalIdNumber", vi, en));
        } else if (parent.dateOfBirth() != null && !PersonalIdNumber.agreesWith(idNumber, parent.dateOfBirth(), sex)) {
            problems.add(new FieldProblem(path + ".personalIdNumber", "ID_NUMBER_DISAGREES",
                    "Số định danh của " + vi + " không khớp với giới tính hoặc năm sinh.",
                    "The " + en + "'s personal ID number does not match their sex or year of birth."));
        }
    }

    private void checkDeclarant(Declarant declarant) {
        if (declarant == null) {
            problems.add(FieldProblem.missing("declarant", "thông tin người đi khai sinh", "the declarant"));
            return;
        }
        name("declarant.fullName", declarant.fullName(), "họ tên người đi khai sinh", "the declarant's full name");
        if (declarant.relationship() == null) {
            problems.add(FieldProblem.missing("declarant.relationship", "quan hệ với trẻ", "the relationship to the child"));
        }
        if (!PersonalIdNumber.isWellFormed(declarant.personalIdNumber())) {
            problems.add(badIdNumber("declarant.personalIdNumber", "người đi khai sinh", "declarant"));
        }
        if (declarant.phone() != null && !MOBILE_PHONE.matcher(declarant.phone()).matches()) {
            problems.add(new FieldProblem("declarant.phone", "INVALID_PHONE",
                    "Số điện thoại phải có 10 chữ số, bắt đầu bằng 0.", "A phone number has 10 digits starting with 0."));
        }
    }

    private void checkResidence(DossierForm form) {
        ResidenceRequest residence = form.residence();
        if (residence == null) {
            problems.add(FieldProblem.missing("residence", "yêu cầu đăng ký thường trú", "the residence request"));
            return;
        }
        String parentId = residence.parentPersonalIdNumber();
        boolean isMother = form.mother() != null && Objects.equals(parentId, form.mother().personalIdNumber());
        boolean isFather = form.father() != null && Objects.equals(parentId, form.father().personalIdNumber());
        if (!isMother && !isFather) {
            problems.add(new FieldProblem("residence.parentPersonalIdNumber", "NOT_A_PARENT",
                    "Trẻ được đăng ký thường trú theo cha hoặc mẹ: hãy nhập số định danh của cha hoặc mẹ.",
                    "The child is registered where a parent lives: give the mother's or father's ID number."));
        }
        communeCode("residence.communeCode", residence.communeCode(), true);
        if (blank(residence.addressLine())) {
            problems.add(FieldProblem.missing("residence.addressLine", "địa chỉ thường trú", "the address line"));
        } else {
            text("residence.addressLine", residence.addressLine(), TextKind.ADDRESS_LINE);
        }
    }

    private void checkHealthInsurance(HealthInsuranceRequest healthInsurance) {
        if (healthInsurance == null || blank(healthInsurance.initialCareFacilityCode())) {
            problems.add(FieldProblem.missing("healthInsurance.initialCareFacilityCode",
                    "nơi đăng ký khám chữa bệnh ban đầu", "the initial care facility"));
        } else if (!FACILITY_CODE.matcher(healthInsurance.initialCareFacilityCode()).matches()) {
            problems.add(new FieldProblem("healthInsurance.initialCareFacilityCode", "INVALID_FORMAT",
                    "Mã cơ sở khám chữa bệnh có dạng 75-012.", "A care facility code looks like 75-012."));
        }
    }

    private void name(String field, String value, String vi, String en) {
        if (blank(value)) {
            problems.add(FieldProblem.missing(field, vi, en));
        } else {
            text(field, value, TextKind.PERSON_NAME);
        }
    }

    /** The text rules for an optional text; a blank one is left to the field's own rule. */
    private void text(String field, String value, TextKind kind) {
        if (!blank(value)) {
            TextRules.fault(value, kind).ifPresent(fault -> problems.add(
                    new FieldProblem(field, fault.code(), fault.messageVi(kind), fault.messageEn(kind))));
        }
    }

    private void communeCode(String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(FieldProblem.missing(field, "mã xã", "the commune code"));
            }
        } else if (!COMMUNE_CODE.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "INVALID_FORMAT",
                    "Mã xã gồm 5 chữ số.", "A commune code has 5 digits."));
        }
    }

    /** Social insurance judges the age on the submission day; this judges it on the later of that day and today. */
    private static LocalDate latest(LocalDate today, OffsetDateTime submitted) {
        return submitted == null || submitted.toLocalDate().isBefore(today) ? today : submitted.toLocalDate();
    }

    private static FieldProblem badIdNumber(String field, String vi, String en) {
        return new FieldProblem(field, "INVALID_PERSONAL_ID_NUMBER",
                "Số định danh cá nhân của " + vi + " phải có 12 chữ số.",
                "The " + en + "'s personal ID number must have 12 digits.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
