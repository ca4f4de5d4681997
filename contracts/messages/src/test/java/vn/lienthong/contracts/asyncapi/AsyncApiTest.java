package vn.lienthong.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.dossier.DossierTopics;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.residence.ResidenceTopics;

/**
 * The AsyncAPI document (contracts/messages/asyncapi.yaml) against the message records and their
 * golden JSON: it is the one the records give, every topic and message type is in it, and every
 * golden message is valid against its payload schema. To rewrite the document after changing a
 * record: {@code ./mvnw -pl contracts/messages -Dtest=AsyncApiTest -Dlienthong.asyncapi.write=true test}.
 */
class AsyncApiTest {

    static final Path DOCUMENT = Path.of("asyncapi.yaml");
    static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    static Stream<String> messageTypes() {
        return MessageTypes.all().keySet().stream().sorted();
    }

    @Test
    void theDocumentIsTheOneTheRecordsGive() throws IOException {
        String expected = "# Generated from the records of contracts/messages by AsyncApiTest; do not edit by hand.\n"
                + YAML.writeValueAsString(AsyncApiDocument.build());
        if (Boolean.getBoolean("lienthong.asyncapi.write")) {
            Files.writeString(DOCUMENT, expected);
        }
        assertThat(YAML.readTree(Files.readString(DOCUMENT)))
                .as("asyncapi.yaml is out of date: rewrite it as this test's comment says")
                .isEqualTo(YAML.readTree(expected));
    }

    @Test
    void everyTopicAndEveryMessageTypeIsInTheDocument() throws IOException {
        JsonNode document = YAML.readTree(Files.readString(DOCUMENT));
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        Set<String> addresses = new HashSet<>();
        Set<String> carried = new HashSet<>();
        document.get("channels").forEach(channel -> {
            addresses.add(channel.get("address").asString());
            channel.get("messages").properties().forEach(message -> carried.add(message.getKey()));
        });
        assertThat(addresses).containsExactlyInAnyOrder(CivilRegistryTopics.COMMANDS, CivilRegistryTopics.REPLIES,
                ResidenceTopics.COMMANDS, ResidenceTopics.REPLIES, HealthInsuranceTopics.COMMANDS,
                HealthInsuranceTopics.REPLIES, DossierTopics.STATUS_CHANGES);
        assertThat(carried).isEqualTo(MessageTypes.all().keySet());
        assertThat(document.at("/components/messages").propertyNames()).containsExactlyInAnyOrderElementsOf(
                MessageTypes.all().keySet());
        // Every channel has a producer's and a consumer's operation.
        assertThat(document.get("operations").size()).isEqualTo(2 * addresses.size());
    }

    @ParameterizedTest
    @MethodSource("messageTypes")
    void theGoldenJsonIsValidAgainstItsPayloadSchema(String type) throws IOException {
        Schema payload = payload(type);
        JsonNode golden = JsonMapper.shared().readTree(golden(type));

        assertThat(payload.validate(golden)).isEmpty();

        ObjectNode extra = (ObjectNode) golden.deepCopy();
        extra.put("notAField", 1);
        assertThat(payload.validate(extra)).as("a field the record does not have").isNotEmpty();
        ObjectNode withoutId = (ObjectNode) golden.deepCopy();
        withoutId.remove(List.of("commandId", "eventId"));
        assertThat(payload.validate(withoutId)).as("the message without its id").isNotEmpty();
    }

    private static Schema payload(String type) throws IOException {
        JsonNode document = YAML.readTree(Files.readString(DOCUMENT));
        JsonNode schema = document.at("/components/messages/" + type + "/payload");
        assertThat(schema.isMissingNode()).as(type + " in the document").isFalse();
        return SCHEMAS.getSchema(schema);
    }

    private static String golden(String type) throws IOException {
        try (InputStream in = AsyncApiTest.class.getResourceAsStream("/golden/" + type + ".json")) {
            assertThat(in).as("golden JSON of " + type).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
