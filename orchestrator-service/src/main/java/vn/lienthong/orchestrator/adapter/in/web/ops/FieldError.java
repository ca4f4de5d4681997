package vn.lienthong.orchestrator.adapter.in.web.ops;

/** One input at fault, in the {@code errors} list of a problem: Vietnamese first, then English. */
public record FieldError(String field, String code, String message, String messageEn) {
}
