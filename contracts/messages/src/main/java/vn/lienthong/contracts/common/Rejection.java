package vn.lienthong.contracts.common;

/**
 * Why an agency refused a command: a stable {@code code}, the dossier {@code field} that must
 * change (a path such as {@code residence.addressLine}, or null when no single field is at fault)
 * and the explanation in Vietnamese and English for the officer and the applicant.
 */
public record Rejection(
        String code,
        String field,
        String messageVi,
        String messageEn) {
}
