package vn.lienthong.contracts.asyncapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.dossier.DossierTopics;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.residence.ResidenceTopics;

/**
 * The AsyncAPI document of the system's Kafka topics (contracts/messages/asyncapi.yaml), derived
 * from the message records: a channel per topic, the messages each carries, and each message's
 * payload as a JSON schema of its record's components. Written by {@link AsyncApiTest} when asked,
 * compared with the committed document otherwise.
 */
final class AsyncApiDocument {

    /** Identifiers every message carries, never null; any other field of a reference type may be null. */
    static final List<String> NEVER_NULL = List.of("commandId", "dossierId", "eventId");

    record Channel(String topic, String producer, String consumer, String description, List<Class<?>> messages) {
    }

    static List<Channel> channels() {
        List<Channel> channels = new ArrayList<>();
        agency(channels, "civilregistry", CivilRegistryTopics.COMMANDS, CivilRegistryTopics.REPLIES,
                "civil-registry-service");
        agency(channels, "residence", ResidenceTopics.COMMANDS, ResidenceTopics.REPLIES, "residence-service");
        agency(channels, "healthinsurance", HealthInsuranceTopics.COMMANDS, HealthInsuranceTopics.REPLIES,
                "health-insurance-service");
        channels.add(new Channel(DossierTopics.STATUS_CHANGES, "orchestrator-service", "the national portal",
                "Every change of a dossier's or a step's status, for the portal.", ofPackage("dossier.events")));
        return channels;
    }

    private static void agency(List<Channel> channels, String pkg, String commands, String replies, String service) {
        channels.add(new Channel(commands, "orchestrator-service", service,
                "The orchestrator's commands to " + service + "; a command it cannot read or process goes to "
                        + commands + ".dlt, which the orchestrator reads.",
                ofPackage(pkg + ".commands")));
        channels.add(new Channel(replies, service, "orchestrator-service",
                service + "'s replies, one per command it handled.", ofPackage(pkg + ".replies")));
    }

    private static List<Class<?>> ofPackage(String suffix) {
        List<Class<?>> types = new ArrayList<>();
        MessageTypes.all().values().stream()
                .filter(type -> type.getPackageName().equals("vn.lienthong.contracts." + suffix))
                .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .forEach(types::add);
        return types;
    }

    /** The document, as a tree of maps and lists in the order it is written. */
    static Map<String, Object> build() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", "3.0.0");
        document.put("info", map("title", "Liên thông 3-in-1: Kafka topics and messages", "version", "1.0.0",
                "description", "Every record is keyed by the dossier id and its value is the JSON of a record in"
                        + " contracts/messages; docs/messages.md explains each field. Messages evolve additively."
                        + " Every field is always written (null when absent); " + String.join(", ", NEVER_NULL)
                        + " are never null. Generated from the records by AsyncApiTest, which also validates"
                        + " every golden JSON against its payload schema."));
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new TreeMap<>();
        for (Channel channel : channels()) {
            String id = channelId(channel.topic());
            Map<String, Object> channelMessages = new LinkedHashMap<>();
            for (Class<?> type : channel.messages()) {
                channelMessages.put(type.getSimpleName(), map("$ref", "#/components/messages/" + type.getSimpleName()));
                messages.put(type.getSimpleName(), message(type));
            }
            channels.put(id, map("address", channel.topic(), "description", channel.description()
                    + " Producer: " + channel.producer() + "; consumer: " + channel.consumer() + ".",
                    "messages", channelMessages));
            operations.put("send" + capitalized(id), map("action", "send", "channel", map("$ref", "#/channels/" + id),
                    "summary", channel.producer() + " sends, through its outbox"));
            operations.put("receive" + capitalized(id), map("action", "receive", "channel", map("$ref", "#/channels/" + id),
                    "summary", channel.consumer() + " receives"));
        }
        document.put("channels", channels);
        document.put("operations", operations);
        document.put("components", map("messages", messages));
        return document;
    }

    private static Map<String, Object> message(Class<?> type) {
        return map("name", type.getSimpleName(),
                "contentType", "application/json",
                "headers", map("type", "object", "required", List.of(MessageHeaders.MESSAGE_TYPE, MessageHeaders.MESSAGE_ID),
                        "properties", map(
                                MessageHeaders.MESSAGE_TYPE, map("type", "string", "const", type.getSimpleName()),
                                MessageHeaders.MESSAGE_ID, map("type", "string", "format", "uuid"))),
                "payload", schema(type, false));
    }

    static Map<String, Object> schema(Type type, boolean nullable) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
            schema.put("type", types("array", nullable));
            schema.put("items", schema(parameterized.getActualTypeArguments()[0], false));
            return schema;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            schema.put("type", types("object", nullable));
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                boolean componentNullable = !component.getType().isPrimitive() && !NEVER_NULL.contains(component.getName());
                properties.put(component.getName(), schema(component.getGenericType(), componentNullable));
                required.add(component.getName());
            }
            schema.put("required", required);
            schema.put("properties", properties);
            schema.put("additionalProperties", false);
        } else if (raw.isEnum()) {
            schema.put("type", types("string", nullable));
            List<Object> values = new ArrayList<>(Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList());
            if (nullable) {
                values.add(null);
            }
            schema.put("enum", values);
        } else if (raw == String.class) {
            schema.put("type", types("string", nullable));
        } else if (raw == UUID.class) {
            schema.put("type", types("string", nullable));
            schema.put("format", "uuid");
        } else if (raw == LocalDate.class) {
            schema.put("type", types("string", nullable));
            schema.put("format", "date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            schema.put("type", types("string", nullable));
            schema.put("format", "date-time");
        } else if (raw == LocalTime.class) {
            schema.put("type", types("string", nullable));
            schema.put("pattern", "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            schema.put("type", types("integer", nullable));
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            schema.put("type", types("number", nullable));
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", types("boolean", nullable));
        } else {
            throw new IllegalArgumentException("no schema for " + raw.getName() + ": add it to AsyncApiDocument");
        }
        return schema;
    }

    private static Object types(String type, boolean nullable) {
        return nullable ? List.of(type, "null") : type;
    }

    static String channelId(String topic) {
        StringBuilder id = new StringBuilder();
        boolean upper = false;
        for (char c : topic.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private AsyncApiDocument() {
    }
}
