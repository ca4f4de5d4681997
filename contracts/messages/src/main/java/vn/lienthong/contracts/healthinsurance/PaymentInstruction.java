package vn.lienthong.contracts.healthinsurance;

/**
 * How the beneficiary wants to be paid (Social Insurance Law 2024, Art. 93): {@code method} is
 * BANK_ACCOUNT (then {@code bankCode}, {@code accountNumber} and {@code accountHolder} are
 * required), SOCIAL_INSURANCE_AGENCY (in cash at the agency or at the post office it authorizes) or
 * EMPLOYER (through the deceased's employer).
 */
public record PaymentInstruction(
        String method,
        String bankCode,
        String accountNumber,
        String accountHolder) {
}
