package vn.lienthong.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

import tools.jackson.databind.JsonNode;

/**
 * The vendored JSON schemas of deploy/k8s/schemas, one per apiVersion and kind (how they were made:
 * deploy/k8s/schemas/vendor.py). A kind without a schema is an error, not a pass.
 */
final class ManifestSchemas {

    private final Path directory;
    /**
     * Draft 7, knowing the Kubernetes extensions the CRD schemas carry. They describe merging and
     * pruning, which only the API server does; {@code x-kubernetes-validations} (CEL rules) are not
     * evaluated here.
     */
    private static final Dialect KUBERNETES = Dialect.builder(Dialects.getDraft7())
            .keywords(Stream.of("x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type",
                    "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-validations",
                    "x-kubernetes-embedded-resource", "example").map(NonValidationKeyword::new).toList())
            .build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(KUBERNETES);
    private final Map<Path, Schema> schemas = new HashMap<>();

    ManifestSchemas(Path directory) {
        this.directory = directory;
    }

    /** What is wrong with {@code resource}; empty when it is valid. */
    List<String> problems(JsonNode resource) {
        Path file = directory.resolve(fileName(resource.path("apiVersion").asString(), resource.path("kind").asString()));
        if (!Files.exists(file)) {
            return List.of("no schema for " + resource.path("apiVersion").asString() + " " + resource.path("kind").asString()
                    + " (" + file.getFileName() + ")");
        }
        return schemas.computeIfAbsent(file, this::load).validate(resource).stream().map(Error::toString).toList();
    }

    private Schema load(Path file) {
        try {
            return registry.getSchema(Files.readString(file), InputFormat.JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String fileName(String apiVersion, String kind) {
        return (kind + "-" + apiVersion.replace('/', '-').replace('.', '-')).toLowerCase(Locale.ROOT) + ".json";
    }
}
