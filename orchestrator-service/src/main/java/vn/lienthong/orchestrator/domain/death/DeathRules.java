package vn.lienthong.orchestrator.domain.death;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import vn.lienthong.orchestrator.domain.form.FieldProblem;
import vn.lienthong.orchestrator.domain.form.PersonalIdNumber;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.rules.field.FieldCodes;

/**
 * What a death dossier must satisfy before any agency is asked: every problem at once, each naming
 * its field. What the dossier alone can decide is decided here rather than by an agency after
 * another has acted: dates (Civil Status Law 2014 Art. 33; a death is not in the future nor before
 * the birth), the commune that may register it (Art. 32: the last residence, else where the person
 * died), the death notice or what replaces it (Decree 123/2015/NĐ-CP Art. 4(2)), the declarant's
 * authorization, the allowance's beneficiary and payment (Social Insurance Law 2024 Art. 85(3), 91(1), 93).
 */
public final class DeathRules {

    /** Days after the death within which a funeral allowance claim needs no explanation (Art. 91(1)). */
    public static final int CLAIM_WITHIN_DAYS = 90;

    static final Set<String> PROOF_KINDS = Set.of("HEALTH_FACILITY_DEATH_NOTICE", "COMMUNE_DEATH_NOTICE",
            "POLICE_CONFIRMATION", "FORENSIC_EXAMINATION", "COURT_DECLARATION_OF_DEATH", "EXECUTION_CONFIRMATION",
            "LONG_AGO_DEATH_PROOF");
    static final Set<String> CAUSES = Set.of("ILLNESS", "OLD_AGE", "ACCIDENT", "WORK_ACCIDENT", "OCCUPATIONAL_DISEASE",
            "OTHER", "UNDETERMINED");
    static final Set<String> RELATIVES = Set.of("SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDPARENT", "GRANDCHILD",
            "OTHER_RELATIVE");
    static final Set<String> DECLARANTS = union(RELATIVES, Set.of("ORGANIZATION", "AUTHORIZED"));
    static final Set<String> BENEFICIARIES = union(RELATIVES, Set.of("ORGANIZATION", "OTHER"));
    static final Set<String> PAYMENT_METHODS = Set.of("BANK_ACCOUNT", "SOCIAL_INSURANCE_AGENCY", "EMPLOYER");

    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    private static final Pattern MOBILE_PHONE = Pattern.compile("0\\d{9}");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final LocalDate today;

    private DeathRules(LocalDate today) {
        this.today = today;
    }

    /** Problems of {@code form} judged on {@code today}; empty when the dossier may proceed. */
    public static List<FieldProblem> check(DeathForm form, LocalDate today) {
        var rules = new DeathRules(today);
        rules.header(form);
        rules.deceased(form.deceased());
        rules.death(form);
        rules.declarant(form);
        rules.socialInsurance(form);
        return List.copyOf(rules.problems);
    }

    private void header(DeathForm form) {
        required("portalDossierCode", form.portalDossierCode(), "mã hồ sơ trên Cổng dịch vụ công", "the portal dossier code",
                TextKind.CODE);
        OffsetDateTime submittedAt = form.submittedAt();
        if (submittedAt == null) {
            missing("submittedAt", "thời điểm nộp", "the submission time");
        } else if (submittedAt.toLocalDate().isAfter(today.plusDays(1))) {
            problem("submittedAt", "IN_THE_FUTURE", "Thời điểm nộp hồ sơ ở tương lai.", "The submission time is in the future.");
        }
        if (form.channel() == null) {
            missing("channel", "kênh nộp hồ sơ", "the channel");
        }
        communeCode("registrationCommuneCode", form.registrationCommuneCode(), true);
        if (form.resultDelivery() == null) {
            missing("resultDelivery", "hình thức nhận kết quả", "how results are delivered");
        }
    }

    private void deceased(DeathForm.Deceased deceased) {
        if (deceased == null) {
            missing("deceased", "thông tin người chết", "the deceased");
            return;
        }
        required("deceased.fullName", deceased.fullName(), "họ tên người chết", "the deceased's full name",
                TextKind.PERSON_NAME);
        text("deceased.ethnicity", deceased.ethnicity(), TextKind.LABEL);
        text("deceased.nationality", deceased.nationality(), TextKind.LABEL);
        if (deceased.sex() == null) {
            missing("deceased.sex", "giới tính người chết", "the deceased's sex");
        }
        if (deceased.dateOfBirth() == null) {
            missing("deceased.dateOfBirth", "ngày sinh người chết", "the deceased's date of birth");
        } else if (deceased.dateOfBirth().isAfter(today)) {
            problem("deceased.dateOfBirth", "IN_THE_FUTURE", "Ngày sinh của người chết ở tương lai.",
                    "The deceased's date of birth is in the future.");
        }
        String number = deceased.personalIdNumber();
        if (blank(number)) {
            missing("deceased.personalIdNumber", "số định danh cá nhân của người chết", "the deceased's personal ID number");
        } else if (!PersonalIdNumber.isWellFormed(number)) {
            badIdNumber("deceased.personalIdNumber", "người chết", "deceased");
        }
        // Unlike a parent's, the deceased's date of birth is not held to the number's year here: an
        // old person's recorded date is often uncertain, so the population database's check of the
        // deceased compares it field by field and an officer reviews a difference.
        if (deceased.lastResidence() != null) {
            communeCode("deceased.lastResidence.communeCode", deceased.lastResidence().communeCode(), false);
            text("deceased.lastResidence.addressLine", deceased.lastResidence().addressLine(), TextKind.ADDRESS_LINE);
        }
    }

    private void death(DeathForm form) {
        DeathForm.Death death = form.death();
        if (death == null) {
            missing("death", "thông tin về việc chết", "the death");
            return;
        }
        LocalDate died = death.dateOfDeath();
        LocalDate born = form.deceased() == null ? null : form.deceased().dateOfBirth();
        if (died == null) {
            missing("death.dateOfDeath", "ngày chết", "the date of death");
        } else if (died.isAfter(today)) {
            problem("death.dateOfDeath", "IN_THE_FUTURE", "Ngày chết ở tương lai.", "The date of death is in the future.");
        } else if (born != null && died.isBefore(born)) {
            problem("death.dateOfDeath", "DEATH_BEFORE_BIRTH", "Ngày chết trước ngày sinh của người chết.",
                    "The date of death is before the deceased's date of birth.");
        } else if (form.submittedAt() != null && died.isAfter(form.submittedAt().toLocalDate())) {
            problem("death.dateOfDeath", "DEATH_AFTER_SUBMISSION", "Ngày chết sau ngày nộp hồ sơ.",
                    "The date of death is after the dossier was submitted.");
        }
        if (!blank(death.causeCategory()) && !CAUSES.contains(death.causeCategory())) {
            oneOf("death.causeCategory", CAUSES);
        } else if (blank(death.causeCategory())) {
            missing("death.causeCategory", "nguyên nhân chết", "the cause category");
        }
        DeathForm.Place place = death.place();
        if (place == null) {
            missing("death.place", "nơi chết", "the place of death");
        } else {
            text("death.place.facilityName", place.facilityName(), TextKind.PLACE_NAME);
            text("death.place.addressLine", place.addressLine(), TextKind.ADDRESS_LINE);
            communeCode("death.place.communeCode", place.communeCode(), true);
        }
        competentCommune(form);
        proof(death);
    }

    /** Civil Status Law 2014 Art. 32: the commune of the last residence; unknown, where the person died. */
    private void competentCommune(DeathForm form) {
        String registration = form.registrationCommuneCode();
        String lastResidence = form.deceased() == null || form.deceased().lastResidence() == null ? null
                : form.deceased().lastResidence().communeCode();
        String placeOfDeath = form.death().place() == null ? null : form.death().place().communeCode();
        String competent = blank(lastResidence) ? placeOfDeath : lastResidence;
        if (!blank(registration) && !blank(competent) && !registration.equals(competent)) {
            problem("registrationCommuneCode", "NOT_COMPETENT_COMMUNE", blank(lastResidence)
                            ? "Khi không rõ nơi cư trú cuối cùng, việc khai tử do xã nơi người đó chết đăng ký."
                            : "Việc khai tử do Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết đăng ký.",
                    blank(lastResidence)
                            ? "With no known last residence, the death is registered by the commune where it happened."
                            : "A death is registered by the commune of the deceased's last residence.");
        }
    }

    private void proof(DeathForm.Death death) {
        DeathForm.Proof proof = death.proof();
        if (proof == null || blank(proof.kind())) {
            problem("death.proof.kind", "DEATH_PROOF_MISSING", "Thiếu giấy báo tử hoặc giấy tờ thay giấy báo tử.",
                    "The death notice, or a document that replaces it, is missing.");
            return;
        }
        if (!PROOF_KINDS.contains(proof.kind())) {
            oneOf("death.proof.kind", PROOF_KINDS);
            return;
        }
        text("death.proof.number", proof.number(), TextKind.DOCUMENT_NUMBER);
        text("death.proof.issuer", proof.issuer(), TextKind.PLACE_NAME);
        boolean inFacility = death.place() != null && !blank(death.place().facilityName());
        if ("HEALTH_FACILITY_DEATH_NOTICE".equals(proof.kind()) && !inFacility) {
            problem("death.proof.kind", "DEATH_PROOF_INVALID",
                    "Giấy báo tử của cơ sở y tế chỉ dùng cho người chết tại cơ sở y tế đó.",
                    "A health facility's death notice is for a death in that facility.");
        }
        if (proof.issuedOn() != null && death.dateOfDeath() != null && proof.issuedOn().isBefore(death.dateOfDeath())) {
            problem("death.proof.issuedOn", "DEATH_PROOF_INVALID",
                    "Giấy báo tử (hoặc giấy tờ thay thế) được cấp trước ngày chết.",
                    "The death notice (or the document replacing it) was issued before the date of death.");
        } else if (proof.issuedOn() != null && proof.issuedOn().isAfter(today)) {
            problem("death.proof.issuedOn", "IN_THE_FUTURE", "Ngày cấp giấy báo tử ở tương lai.",
                    "The death notice's date of issue is in the future.");
        }
    }

    private void declarant(DeathForm form) {
        DeathForm.Declarant declarant = form.declarant();
        if (declarant == null) {
            missing("declarant", "thông tin người đi khai tử", "the declarant");
            return;
        }
        required("declarant.fullName", declarant.fullName(), "họ tên người đi khai tử", "the declarant's full name",
                TextKind.PERSON_NAME);
        if (blank(declarant.relationship())) {
            missing("declarant.relationship", "quan hệ với người chết", "the relationship to the deceased");
        } else if (!DECLARANTS.contains(declarant.relationship())) {
            oneOf("declarant.relationship", DECLARANTS);
        } else if ("AUTHORIZED".equals(declarant.relationship()) && blank(declarant.authorizationDocumentNumber())) {
            problem("declarant.authorizationDocumentNumber", "AUTHORIZATION_REQUIRED",
                    "Người đi khai tử thay cho người thân cần văn bản ủy quyền có chứng thực.",
                    "Someone declaring the death for a relative needs a certified written authorization.");
        }
        text("declarant.authorizationDocumentNumber", declarant.authorizationDocumentNumber(), TextKind.DOCUMENT_NUMBER);
        if (!PersonalIdNumber.isWellFormed(declarant.personalIdNumber())) {
            badIdNumber("declarant.personalIdNumber", "người đi khai tử", "declarant");
        } else if (form.deceased() != null
                && Objects.equals(declarant.personalIdNumber(), form.deceased().personalIdNumber())) {
            problem("declarant.personalIdNumber", "DECLARANT_IS_DECEASED",
                    "Người đi khai tử không thể là người chết.", "The declarant cannot be the deceased.");
        }
        if (declarant.phone() != null && !MOBILE_PHONE.matcher(declarant.phone()).matches()) {
            problem("declarant.phone", "INVALID_PHONE", "Số điện thoại phải có 10 chữ số, bắt đầu bằng 0.",
                    "A phone number has 10 digits starting with 0.");
        }
    }

    private void socialInsurance(DeathForm form) {
        DeathForm.SocialInsurance insurance = form.socialInsurance();
        if (insurance == null) {
            return; // the applicant asks for the death registration and the removal only
        }
        if (insurance.funeralAllowance() == null) {
            missing("socialInsurance.funeralAllowance", "người nhận trợ cấp mai táng và cách nhận",
                    "the funeral allowance's beneficiary and payment");
            return;
        }
        text("socialInsurance.lateClaimExplanation", insurance.lateClaimExplanation(), TextKind.NOTE);
        beneficiary(form, insurance.funeralAllowance().beneficiary());
        payment(insurance.funeralAllowance().payment());
        LocalDate died = form.death() == null ? null : form.death().dateOfDeath();
        if (died != null && form.submittedAt() != null
                && form.submittedAt().toLocalDate().isAfter(died.plusDays(CLAIM_WITHIN_DAYS))
                && blank(insurance.lateClaimExplanation())) {
            problem("socialInsurance.lateClaimExplanation", "LATE_CLAIM_EXPLANATION_REQUIRED",
                    "Hồ sơ nộp quá " + CLAIM_WITHIN_DAYS + " ngày kể từ ngày chết: cần văn bản giải trình lý do nộp chậm.",
                    "The claim comes more than " + CLAIM_WITHIN_DAYS + " days after the death: a written explanation "
                            + "of the delay is needed.");
        }
    }

    private void beneficiary(DeathForm form, DeathForm.Beneficiary beneficiary) {
        String path = "socialInsurance.funeralAllowance.beneficiary";
        if (beneficiary == null) {
            missing(path, "người nhận trợ cấp mai táng", "the allowance's beneficiary");
            return;
        }
        required(path + ".fullName", beneficiary.fullName(), "họ tên người nhận trợ cấp", "the beneficiary's name",
                "ORGANIZATION".equals(beneficiary.relationship()) ? TextKind.PLACE_NAME : TextKind.PERSON_NAME);
        if (blank(beneficiary.relationship())) {
            missing(path + ".relationship", "quan hệ của người nhận với người chết", "the beneficiary's relationship");
            return;
        }
        if (!BENEFICIARIES.contains(beneficiary.relationship())) {
            oneOf(path + ".relationship", BENEFICIARIES);
            return;
        }
        boolean organization = "ORGANIZATION".equals(beneficiary.relationship());
        if (!organization && !PersonalIdNumber.isWellFormed(beneficiary.personalIdNumber())) {
            badIdNumber(path + ".personalIdNumber", "người nhận trợ cấp", "beneficiary");
        }
        boolean courtDeclared = form.death() != null && form.death().proof() != null
                && "COURT_DECLARATION_OF_DEATH".equals(form.death().proof().kind());
        if (courtDeclared && !RELATIVES.contains(beneficiary.relationship())) {
            problem(path + ".relationship", "BENEFICIARY_MUST_BE_RELATIVE",
                    "Người bị Tòa án tuyên bố là đã chết: trợ cấp mai táng trả cho thân nhân.",
                    "The person was declared dead by a court: the funeral allowance is paid to a relative.");
        }
    }

    private void payment(DeathForm.Payment payment) {
        String path = "socialInsurance.funeralAllowance.payment";
        if (payment == null || blank(payment.method())) {
            missing(path + ".method", "cách nhận trợ cấp", "how the allowance is paid");
            return;
        }
        if (!PAYMENT_METHODS.contains(payment.method())) {
            oneOf(path + ".method", PAYMENT_METHODS);
            return;
        }
        if ("BANK_ACCOUNT".equals(payment.method())) {
            required(path + ".bankCode", payment.bankCode(), "mã ngân hàng", "the bank code", TextKind.CODE);
            required(path + ".accountNumber", payment.accountNumber(), "số tài khoản", "the account number",
                    TextKind.DOCUMENT_NUMBER);
            required(path + ".accountHolder", payment.accountHolder(), "chủ tài khoản", "the account holder",
                    TextKind.PERSON_NAME);
        }
    }

    private void required(String field, String value, String vi, String en, TextKind kind) {
        if (blank(value)) {
            missing(field, vi, en);
        } else {
            text(field, value, kind);
        }
    }

    private void text(String field, String value, TextKind kind) {
        if (!blank(value)) {
            TextRules.fault(value, kind).ifPresent(fault -> problems.add(
                    new FieldProblem(field, fault.code(), fault.messageVi(kind), fault.messageEn(kind))));
        }
    }

    private void communeCode(String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                missing(field, "mã xã", "the commune code");
            }
        } else if (!COMMUNE_CODE.matcher(value).matches()) {
            problem(field, "INVALID_FORMAT", "Mã xã gồm 5 chữ số.", "A commune code has 5 digits.");
        }
    }

    private void oneOf(String field, Set<String> allowed) {
        String list = String.join(", ", allowed.stream().sorted().toList());
        problem(field, "INVALID_VALUE", "Giá trị không hợp lệ; chọn một trong: " + list + ".",
                "Not an accepted value; one of: " + list + ".");
    }

    private void badIdNumber(String field, String vi, String en) {
        problem(field, "INVALID_PERSONAL_ID_NUMBER", "Số định danh cá nhân của " + vi + " phải có 12 chữ số.",
                "The " + en + "'s personal ID number must have 12 digits.");
    }

    private void missing(String field, String vi, String en) {
        problem(field, FieldCodes.REQUIRED, "Thiếu " + vi + ".", "Missing " + en + ".");
    }

    private void problem(String field, String code, String vi, String en) {
        problems.add(new FieldProblem(field, code, vi, en));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
