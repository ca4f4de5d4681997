package vn.lienthong.deploy.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic population: the seed files, {@code dossiers.jsonl} (one birth dossier per line)
 * and {@code death-dossiers.jsonl} (one death dossier per line). Arguments: {@code --seed=42
 * --families=1000 --out=DIR [--deaths=250] [--reference-date=2026-11-22]}; the deaths default to one
 * for every four families, the reference date to today in Vietnam, so the dossiers fit a system
 * started today.
 */
public final class GeneratePopulation {

    public static final String DOSSIERS = "dossiers.jsonl";
    public static final String DEATH_DOSSIERS = "death-dossiers.jsonl";
    private static final Logger log = LoggerFactory.getLogger(GeneratePopulation.class);
    private static final Set<String> OPTIONS = Set.of("seed", "families", "deaths", "out", "reference-date");

    private GeneratePopulation() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        if (!options.containsKey("out")) {
            throw new IllegalArgumentException(
                    "usage: --seed=42 --families=1000 --out=DIR [--deaths=250] [--reference-date=YYYY-MM-DD]");
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int families = Integer.parseInt(options.getOrDefault("families", "1000"));
        int deaths = options.containsKey("deaths") ? Integer.parseInt(options.get("deaths"))
                : SyntheticPopulation.deathsFor(families);
        LocalDate referenceDate = options.containsKey("reference-date")
                ? LocalDate.parse(options.get("reference-date")) : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Path out = Path.of(options.get("out"));

        Population population = SyntheticPopulation.generate(seed, families, deaths, referenceDate);
        SeedFiles.write(population, out);
        writeLines(population.families().stream().map(PortalDossiers::render).toList(), out.resolve(DOSSIERS));
        writeLines(population.deaths().stream().map(PortalDeathDossiers::render).toList(), out.resolve(DEATH_DOSSIERS));
        log.info("Wrote {} families and {} deaths ({} citizens) with seed {} and reference date {} to {}",
                families, deaths, population.citizens().size(), seed, referenceDate, out.toAbsolutePath());
    }

    private static void writeLines(List<String> dossiers, Path file) {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String dossier : dossiers) {
                out.write(dossier);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + arg + "; expected --name=value with one of " + OPTIONS);
            }
            options.put(name, arg.substring(equals + 1));
        }
        return options;
    }
}
