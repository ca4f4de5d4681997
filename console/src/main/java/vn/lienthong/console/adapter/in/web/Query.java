package vn.lienthong.console.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Query strings and path segments the pages build from what a person typed. */
final class Query {

    private Query() {
    }

    /** The non-blank values as {@code a=1&b=2}, each encoded. */
    static String of(Map<String, ?> values) {
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A path segment: letters, digits, dot, dash and underscore only, as every id and name of the API is. */
    static String segment(String value) {
        if (value == null || !value.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new ApiProblem(new vn.lienthong.console.adapter.out.orchestrator.ApiAnswer(404,
                    new vn.lienthong.console.adapter.out.orchestrator.Fields(), null));
        }
        return value;
    }
}
