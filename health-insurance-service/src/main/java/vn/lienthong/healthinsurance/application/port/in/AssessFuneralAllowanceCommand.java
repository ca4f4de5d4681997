package vn.lienthong.healthinsurance.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.lienthong.healthinsurance.domain.Beneficiary;
import vn.lienthong.healthinsurance.domain.FuneralClaim;
import vn.lienthong.healthinsurance.domain.InvalidApplicationException;
import vn.lienthong.healthinsurance.domain.Payment;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.healthinsurance.domain.Refusal;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Decide the funeral allowance for a death. Every field is checked here, and all problems are
 * reported together, each naming the death dossier's field to correct.
 */
public record AssessFuneralAllowanceCommand(
        UUID dossierId,
        String personalIdNumber,
        String fullName,
        LocalDate dateOfDeath,
        String causeCategory,
        boolean declaredDeadByCourt,
        String deathExtractNumber,
        Beneficiary beneficiary,
        Payment payment,
        boolean survivorsBenefitsRequested,
        String lateClaimExplanation,
        LocalDate applicationDate) {

    private static final Set<String> CAUSE_CATEGORIES = Set.of("ILLNESS", "OLD_AGE", "ACCIDENT", "WORK_ACCIDENT",
            "OCCUPATIONAL_DISEASE", "OTHER", "UNDETERMINED");
    private static final String BENEFICIARY = "socialInsurance.funeralAllowance.beneficiary.";
    private static final String PAYMENT = "socialInsurance.funeralAllowance.payment.";

    public AssessFuneralAllowanceCommand {
        List<Refusal> problems = new ArrayList<>();
        if (dossierId == null) {
            problems.add(missing("dossierId", "mã hồ sơ", "the dossier id"));
        }
        if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            problems.add(invalid("deceased.personalIdNumber", "Số định danh cá nhân của người chết phải có đúng 12 chữ số.",
                    "The deceased's personal ID number must have exactly 12 digits."));
        }
        required(problems, "deceased.fullName", fullName, "họ tên người chết", "the deceased's full name");
        text(problems, "deceased.fullName", fullName, TextKind.PERSON_NAME);
        if (dateOfDeath == null) {
            problems.add(missing("death.dateOfDeath", "ngày chết", "the date of death"));
        }
        if (causeCategory == null || !CAUSE_CATEGORIES.contains(causeCategory)) {
            problems.add(invalid("death.causeCategory", "Nhóm nguyên nhân chết không nằm trong danh sách được chọn.",
                    "The cause category is not one of " + CAUSE_CATEGORIES.stream().sorted().toList() + "."));
        }
        required(problems, "deathExtractNumber", deathExtractNumber, "số trích lục khai tử", "the death extract number");
        text(problems, "deathExtractNumber", deathExtractNumber, TextKind.DOCUMENT_NUMBER);
        checkBeneficiary(problems, beneficiary == null ? new Beneficiary(null, null, null) : beneficiary);
        checkPayment(problems, payment == null ? new Payment(null, null, null, null) : payment);
        text(problems, "socialInsurance.lateClaimExplanation", lateClaimExplanation, TextKind.NOTE);
        if (applicationDate == null) {
            problems.add(missing("submittedAt", "ngày nộp hồ sơ", "the application date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
    }

    public FuneralClaim claim() {
        return new FuneralClaim(dossierId, new PersonalIdNumber(personalIdNumber), fullName, dateOfDeath, causeCategory,
                declaredDeadByCourt, deathExtractNumber, beneficiary, payment, survivorsBenefitsRequested,
                lateClaimExplanation, applicationDate);
    }

    private static void checkBeneficiary(List<Refusal> problems, Beneficiary beneficiary) {
        required(problems, BENEFICIARY + "fullName", beneficiary.fullName(), "họ tên người nhận trợ cấp mai táng",
                "the name of who receives the funeral allowance");
        text(problems, BENEFICIARY + "fullName", beneficiary.fullName(),
                "ORGANIZATION".equals(beneficiary.relationship()) ? TextKind.PLACE_NAME : TextKind.PERSON_NAME);
        if (beneficiary.personalIdNumber() != null && !PersonalIdNumber.isWellFormed(beneficiary.personalIdNumber())) {
            problems.add(invalid(BENEFICIARY + "personalIdNumber", "Số định danh cá nhân phải có đúng 12 chữ số.",
                    "A personal ID number has exactly 12 digits."));
        }
        if (beneficiary.relationship() == null || !Beneficiary.RELATIONSHIPS.contains(beneficiary.relationship())) {
            problems.add(invalid(BENEFICIARY + "relationship",
                    "Quan hệ của người nhận với người chết không nằm trong danh sách được chọn.",
                    "The beneficiary's relationship is not one of " + Beneficiary.RELATIONSHIPS.stream().sorted().toList()
                            + "."));
        }
    }

    /** A bank transfer needs the bank, the account and its holder (Art. 93(1)); the other ways need nothing. */
    private static void checkPayment(List<Refusal> problems, Payment payment) {
        if (payment.method() == null || !Payment.METHODS.contains(payment.method())) {
            problems.add(invalid(PAYMENT + "method", "Hình thức nhận tiền không nằm trong danh sách được chọn.",
                    "The payment method is not one of " + Payment.METHODS.stream().sorted().toList() + "."));
        } else if (payment.toBankAccount()) {
            required(problems, PAYMENT + "bankCode", payment.bankCode(), "mã ngân hàng", "the bank's code");
            required(problems, PAYMENT + "accountNumber", payment.accountNumber(), "số tài khoản", "the account number");
            required(problems, PAYMENT + "accountHolder", payment.accountHolder(), "tên chủ tài khoản",
                    "the account holder");
        }
        text(problems, PAYMENT + "bankCode", payment.bankCode(), TextKind.CODE);
        text(problems, PAYMENT + "accountNumber", payment.accountNumber(), TextKind.DOCUMENT_NUMBER);
        text(problems, PAYMENT + "accountHolder", payment.accountHolder(), TextKind.PERSON_NAME);
    }

    private static void required(List<Refusal> problems, String field, String value, String vi, String en) {
        if (value == null || value.isBlank()) {
            problems.add(missing(field, vi, en));
        }
    }

    private static void text(List<Refusal> problems, String field, String value, TextKind kind) {
        if (value != null && !value.isBlank()) {
            TextRules.fault(value, kind).ifPresent(fault -> problems.add(
                    new Refusal(fault.code(), field, fault.messageVi(kind), fault.messageEn(kind))));
        }
    }

    private static Refusal invalid(String field, String vi, String en) {
        return new Refusal("INVALID_FIELD", field, vi, en);
    }

    private static Refusal missing(String field, String vi, String en) {
        return new Refusal(FieldCodes.REQUIRED, field, "Thiếu " + vi + ".", "Missing " + en + ".");
    }

    /** For logs: the dossier only; the rest is personal and financial data. */
    @Override
    public String toString() {
        return "AssessFuneralAllowanceCommand[dossier=" + dossierId + "]";
    }
}
