package vn.lienthong.deploy.k8s;

import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The part of Kubernetes' strategic merge patch that the overlays use: maps merge key by key, a
 * list of objects that all have a {@code name} merges item by item on it (as containers, ports,
 * env and volumes do in Kubernetes), any other list or value is replaced, and a {@code null} value
 * removes the key. Directives ({@code $patch}, {@code $setElementOrder}) are not supported and are
 * refused, so an overlay cannot rely on them unnoticed.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void apply(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + key + " is not supported");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                apply((ObjectNode) current, (ObjectNode) value);
            } else if (value.isArray() && current != null && current.isArray() && mergesByName(current)
                    && mergesByName(value)) {
                mergeByName((ArrayNode) current, (ArrayNode) value);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static boolean mergesByName(JsonNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return true;
    }

    private static void mergeByName(ArrayNode current, ArrayNode patch) {
        for (JsonNode patchItem : patch) {
            ObjectNode match = null;
            for (Iterator<JsonNode> items = current.iterator(); items.hasNext(); ) {
                JsonNode item = items.next();
                if (item.get("name").equals(patchItem.get("name"))) {
                    match = (ObjectNode) item;
                }
            }
            if (match == null) {
                current.add(patchItem.deepCopy());
            } else {
                apply(match, (ObjectNode) patchItem);
            }
        }
    }
}
