package vn.lienthong.residence.adapter.in.seed;

import java.util.Map;
import java.util.function.Function;

/**
 * One data row of {@code households.csv}, read and checked one column at a time. A problem names
 * the file, line and column but never quotes the value, since values are names and ID numbers.
 */
record SeedRow(Map<String, String> values, int line) {

    String text(String column) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            throw problem(column, "is empty");
        }
        return value.strip();
    }

    /** The column's value as {@code parse} reads it; its IllegalArgumentException says what is wrong. */
    <T> T value(String column, Function<String, T> parse) {
        String text = text(column);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw problem(column, e.getMessage());
        }
    }

    IllegalStateException problem(String column, String what) {
        return new IllegalStateException(HouseholdCsv.FILE + " line " + line + ": column " + column + ": " + what);
    }
}
