package vn.lienthong.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.Message;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.contracts.json.CreatorHandles;
import vn.lienthong.rules.text.TextRules;

/**
 * Turns contract records into Kafka payloads and back: JSON, with the type in a header. Every
 * text read is put in Unicode NFC, so a value is one string whichever form its sender used; the
 * receiver's own rules then decide whether it may be kept.
 */
public final class MessageCodec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("nfc-text").addDeserializer(String.class, new NfcText()))
            .addModule(new CreatorHandles())
            .build();

    public byte[] encode(Object message) {
        return json.writeValueAsBytes(message);
    }

    public <T> T decode(byte[] payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JacksonException e) {
            // Jackson's own message quotes the value it could not read, and this message reaches
            // logs and dead-letter headers: name where and what kind of fault, never the value.
            String at = e.getPath().isEmpty() ? "" : " at " + e.getPathReference();
            throw new UnreadableMessageException("not a readable " + type.getSimpleName() + at + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** Decodes a received message into the record its type header names. */
    public Object decode(Message<byte[]> message) {
        String typeName = header(message, MessageHeaders.MESSAGE_TYPE);
        Class<?> type = MessageTypes.forName(typeName)
                .orElseThrow(() -> new UnreadableMessageException("unknown message type: " + typeName));
        return decode(message.getPayload(), type);
    }

    /** A JSON string in NFC; only a JSON string is text. */
    private static final class NfcText extends StdScalarDeserializer<String> {

        NfcText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            return TextRules.normalize(parser.getString());
        }
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
