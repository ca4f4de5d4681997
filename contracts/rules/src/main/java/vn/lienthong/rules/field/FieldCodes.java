package vn.lienthong.rules.field;

/**
 * Codes for a field's fault that are not about its text, the same in a problem detail at intake and
 * in an agency's refusal, so a portal or an officer meets one code for one fault wherever it is found.
 */
public final class FieldCodes {

    /** The field is absent or blank where it is needed. */
    public static final String REQUIRED = "REQUIRED";

    private FieldCodes() {
    }
}
