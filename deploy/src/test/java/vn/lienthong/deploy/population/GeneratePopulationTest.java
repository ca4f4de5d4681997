package vn.lienthong.deploy.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratePopulationTest {

    @Test
    void writesTheSeedFilesAndOneDossierPerLine(@TempDir Path out) throws IOException {
        GeneratePopulation.main(new String[] {"--seed=3", "--families=25", "--out=" + out, "--reference-date=2026-11-22"});

        assertThat(out.resolve("communes.csv")).isRegularFile();
        assertThat(out.resolve("citizens.csv")).isRegularFile();
        assertThat(out.resolve("households.csv")).isRegularFile();
        assertThat(out.resolve("care-facilities.csv")).isRegularFile();
        assertThat(out.resolve("social-insurance.csv")).isRegularFile();
        List<String> lines = Files.readAllLines(out.resolve("dossiers.jsonl"));
        Population expected = SyntheticPopulation.generate(3, 25, LocalDate.of(2026, 11, 22));
        assertThat(lines).containsExactlyElementsOf(expected.families().stream().map(PortalDossiers::render).toList());
        assertThat(Files.readAllLines(out.resolve("death-dossiers.jsonl"))).hasSize(7)
                .containsExactlyElementsOf(expected.deaths().stream().map(PortalDeathDossiers::render).toList());
    }

    @Test
    void theNumberOfDeathsCanBeGiven(@TempDir Path out) throws IOException {
        GeneratePopulation.main(new String[] {"--seed=3", "--families=10", "--deaths=40", "--out=" + out,
                "--reference-date=2026-11-22"});

        assertThat(Files.readAllLines(out.resolve("dossiers.jsonl"))).hasSize(10);
        assertThat(Files.readAllLines(out.resolve("death-dossiers.jsonl"))).hasSize(40);
    }

    @Test
    void refusesArgumentsItDoesNotKnow(@TempDir Path out) {
        assertThatThrownBy(() -> GeneratePopulation.main(new String[] {"--sed=3", "--out=" + out}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--sed=3");
        assertThatThrownBy(() -> GeneratePopulation.main(new String[] {"--seed=3"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
    }
}
