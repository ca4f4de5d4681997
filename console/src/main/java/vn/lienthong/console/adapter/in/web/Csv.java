package vn.lienthong.console.adapter.in.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/** CSV rows (RFC 4180): a value with a comma, quote or line break is quoted. */
final class Csv {

    private Csv() {
    }

    static String row(Object... values) {
        return Arrays.stream(values).map(Csv::value).collect(Collectors.joining(","));
    }

    private static String value(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A cell starting with = + - @ is read as a formula by spreadsheets: kept as text.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
