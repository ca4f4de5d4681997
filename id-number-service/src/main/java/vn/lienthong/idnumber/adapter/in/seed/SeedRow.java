package vn.lienthong.idnumber.adapter.in.seed;

import java.util.Map;
import java.util.function.Function;

/** One record of a seed file, which knows where it came from so that problems can name it. */
record SeedRow(String file, int line, Map<String, String> values) {

    String required(String column) {
        String value = optional(column);
        if (value == null) {
            throw problem(column, "is empty");
        }
        return value;
    }

    String optional(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The required column's value converted by {@code parse}, which throws on a bad value. */
    <T> T required(String column, Function<String, T> parse, String expected) {
        String value = required(column);
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw problem(column, "is not " + expected);
        }
    }

    IllegalStateException problem(String column, String what) {
        return new IllegalStateException(file + " line " + line + ", column " + column + ": " + what);
    }
}
