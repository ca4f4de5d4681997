package vn.lienthong.web;

/**
 * One input at fault, as listed under {@code errors} in a problem: where it is (a JSON path such
 * as {@code child.fullName}, or a parameter's name), a stable code, and what to do in Vietnamese
 * ({@code message}) and English ({@code messageEn}).
 */
public record FieldError(String field, String code, String message, String messageEn) {
}
