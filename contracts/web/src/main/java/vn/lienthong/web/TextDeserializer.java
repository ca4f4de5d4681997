package vn.lienthong.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;
import vn.lienthong.rules.text.TextRules;

/**
 * Reads every JSON string of a request: only a JSON string is text (a number or a boolean is not
 * taken for a name), a string with a forbidden character is refused, and what is kept is in NFC.
 */
final class TextDeserializer extends StdScalarDeserializer<String> {

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        if (TextRules.hasForbiddenCharacter(text)) {
            throw new ForbiddenCharacterException(parser);
        }
        return TextRules.normalize(text);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }
}
