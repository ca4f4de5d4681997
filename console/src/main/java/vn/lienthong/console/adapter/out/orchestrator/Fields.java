package vn.lienthong.console.adapter.out.orchestrator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A JSON object of the API as the pages read it: {@code ${dossier.results.personalIdNumber}}. The
 * API leaves out absent values, so a field that is not there reads as null rather than failing the
 * page.
 */
public final class Fields extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String;
    }

    /** The object, array or value {@code node} as maps, lists, strings, numbers and booleans. */
    public static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Fields fields = new Fields();
            node.properties().forEach(entry -> fields.put(entry.getKey(), of(entry.getValue())));
            return fields;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(of(item)));
            return items;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asString();
    }

    public String text(String key) {
        Object value = get(key);
        return value == null ? null : value.toString();
    }

    public long number(String key) {
        return get(key) instanceof Number number ? number.longValue() : 0;
    }

    public Fields object(String key) {
        return get(key) instanceof Fields fields ? fields : new Fields();
    }

    @SuppressWarnings("unchecked")
    public List<Fields> list(String key) {
        return get(key) instanceof List<?> list ? (List<Fields>) list : List.of();
    }
}
