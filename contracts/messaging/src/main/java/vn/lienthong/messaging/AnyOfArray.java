package vn.lienthong.messaging;

/**
 * SQL for "any element of an array parameter" that the server plans once. A prepared statement
 * that names its array directly ({@code = any(?)}) is planned again at every call: a plan made
 * for the array at hand (one or two elements below saturation) always looks cheaper than the
 * generic plan, which assumes ten. Built again by a sub-select, the array is known to no plan,
 * and the server keeps the generic plan after five calls (docs/performance.md, "A dossier's
 * write planned once").
 */
public final class AnyOfArray {

    private AnyOfArray() {
    }

    /** {@code any(…)} over one parameter, an array of {@code elementType} ({@code uuid}, {@code bigint}). */
    public static String of(String elementType) {
        return "any(array(select unnest(cast(? as " + elementType + "[]))))";
    }
}
