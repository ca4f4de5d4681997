package vn.lienthong.healthinsurance.domain;

import java.util.Set;

/**
 * How the allowance is paid (Art. 93): to the beneficiary's bank account, in cash at the social
 * insurance agency or the post office it authorizes, or through the deceased's employer.
 */
public record Payment(String method, String bankCode, String accountNumber, String accountHolder) {

    public static final String BANK_ACCOUNT = "BANK_ACCOUNT";
    public static final Set<String> METHODS = Set.of(BANK_ACCOUNT, "SOCIAL_INSURANCE_AGENCY", "EMPLOYER");

    public boolean toBankAccount() {
        return BANK_ACCOUNT.equals(method);
    }

    /** For logs: the method only, never the account. */
    @Override
    public String toString() {
        return "Payment[" + method + "]";
    }
}
