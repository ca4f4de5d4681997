package vn.lienthong.orchestrator.adapter.in.web;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON merge patch (RFC 7396): objects merge field by field, null removes, anything else replaces. */
final class JsonMergePatch {

    private JsonMergePatch() {
    }

    static void apply(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode value = field.getValue();
            String name = field.getKey();
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && target.get(name) instanceof ObjectNode existing) {
                apply(existing, (ObjectNode) value);
            } else {
                target.set(name, value);
            }
        }
    }
}
