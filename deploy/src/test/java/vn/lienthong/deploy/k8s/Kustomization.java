package vn.lienthong.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a kustomization as {@code kubectl kustomize} would, for the fields deploy/k8s uses:
 * {@code resources} (files, and directories holding a kustomization), {@code patches} with a
 * {@code path} to strategic merge patches (their target named by their own kind and name),
 * {@code namespace}, {@code labels} (metadata only) and {@code images} ({@code newName},
 * {@code newTag}). Any other field is refused, so the manifests cannot use one that is not checked.
 */
final class Kustomization {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> FIELDS =
            Set.of("apiVersion", "kind", "resources", "patches", "namespace", "labels", "images");
    /** Kinds without a namespace: the namespace transformer leaves them alone. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomization() {
    }

    static List<ObjectNode> render(Path directory) {
        ObjectNode kustomization = (ObjectNode) readAll(directory.resolve("kustomization.yaml")).get(0);
        for (String field : kustomization.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field " + field + " is not supported");
            }
        }
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = directory.resolve(entry.asString()).normalize();
            resources.addAll(Files.isDirectory(resource) ? render(resource) : readAll(resource));
        }
        for (JsonNode entry : kustomization.path("patches")) {
            if (!entry.has("path") || entry.size() != 1) {
                throw new IllegalArgumentException(directory + ": only patches given by path are supported: " + entry);
            }
            for (ObjectNode patch : readAll(directory.resolve(entry.get("path").asString()))) {
                StrategicMerge.apply(target(resources, patch, directory), patch);
            }
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asString();
            resources.stream().filter(resource -> !CLUSTER_SCOPED.contains(kind(resource)))
                    .forEach(resource -> metadata(resource).put("namespace", namespace));
        }
        for (JsonNode label : kustomization.path("labels")) {
            resources.forEach(resource -> {
                ObjectNode labels = metadata(resource).has("labels") ? (ObjectNode) metadata(resource).get("labels")
                        : metadata(resource).putObject("labels");
                label.get("pairs").properties().forEach(pair -> labels.set(pair.getKey(), pair.getValue()));
            });
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(resource -> setImage(resource, image));
        }
        return resources;
    }

    static String kind(JsonNode resource) {
        return resource.path("kind").asString();
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asString();
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return (ObjectNode) resource.get("metadata");
    }

    private static ObjectNode target(List<ObjectNode> resources, ObjectNode patch, Path directory) {
        return resources.stream()
                .filter(resource -> kind(resource).equals(kind(patch)) && name(resource).equals(name(patch)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        directory + ": patch for " + kind(patch) + "/" + name(patch) + " matches no resource"));
    }

    /** Every container image named {@code name}, with or without a tag, gets the new name and tag. */
    private static void setImage(ObjectNode resource, JsonNode image) {
        for (JsonNode container : resource.path("spec").path("template").path("spec").path("containers")) {
            String current = container.path("image").asString();
            int colon = current.lastIndexOf(':');
            String name = colon < 0 ? current : current.substring(0, colon);
            String tag = colon < 0 ? "" : current.substring(colon);
            if (name.equals(image.get("name").asString())) {
                String newName = image.has("newName") ? image.get("newName").asString() : name;
                String newTag = image.has("newTag") ? ":" + image.get("newTag").asString() : tag;
                ((ObjectNode) container).put("image", newName + newTag);
            }
        }
    }

    static List<ObjectNode> readAll(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            List<ObjectNode> objects = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    if (!document.isObject()) {
                        throw new IllegalArgumentException(file + ": a document that is not an object");
                    }
                    objects.add((ObjectNode) document);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
