package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.dossier.DossierTopics;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.residence.ResidenceTopics;

/** Docs that name a path must name one that exists; the catalogue must cover every message. */
class DocumentationTest {

    private static final Path ROOT = Path.of(System.getProperty("lienthong.repository-root", "..")).toAbsolutePath().normalize();
    /** A path in backticks or a link target, starting at a top-level folder of the repository. */
    private static final Pattern REPOSITORY_PATH = Pattern.compile("[`(]((?:[a-z][a-z0-9-]*|\\.ci)(?:/[A-Za-z0-9_.-]+)+)[`)]");

    @Test
    void everyPathTheDocsNameExists() throws IOException {
        Set<String> topLevel;
        try (Stream<Path> entries = Files.list(ROOT)) {
            topLevel = Set.copyOf(entries.map(p -> p.getFileName().toString()).toList());
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path document : documents()) {
            Matcher matcher = REPOSITORY_PATH.matcher(Files.readString(document));
            while (matcher.find()) {
                String path = matcher.group(1);
                if (!topLevel.contains(path.substring(0, path.indexOf('/')))) {
                    continue;
                }
                checked++;
                if (!Files.exists(ROOT.resolve(path))) {
                    missing.add(ROOT.relativize(document) + ": " + path);
                }
            }
        }
        assertThat(checked).as("paths found in the docs").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void theMessageCatalogueListsEveryMessageTypeAndTopic() throws Exception {
        String catalogue = Files.readString(ROOT.resolve("docs/messages.md"));

        assertThat(MessageTypes.all().keySet()).allSatisfy(type -> assertThat(catalogue).contains("`" + type + "`"));
        for (Class<?> topics : List.of(CivilRegistryTopics.class, ResidenceTopics.class, HealthInsuranceTopics.class,
                DossierTopics.class)) {
            for (Field field : topics.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && !field.getName().endsWith("DEAD_LETTER")) {
                    assertThat(catalogue).contains("`" + field.get(null) + "`");
                }
            }
        }
    }

    @Test
    void theReadmeGivesTheTwoCommandsAndCiRunsTheTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String ci = Files.readString(ROOT.resolve(".ci/run"));

        assertThat(readme).contains("./run-local.sh --demo").contains("./mvnw verify").contains("./mvnw -Pimages verify");
        // CI also builds the services' images first (-Pimages), from the local base image.
        assertThat(ci).contains("./mvnw -B -Pimages verify");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/local-run"))
                    .filter(p -> !p.equals(ROOT.resolve("README.md")))
                    .forEach(documents::add);
        }
        return documents;
    }
}
