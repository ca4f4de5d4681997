package vn.lienthong.idnumber.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.deploy.population.Communes;
import vn.lienthong.deploy.population.Family;
import vn.lienthong.deploy.population.Person;
import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.PortalDossiers;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;
import vn.lienthong.idnumber.IdNumberApplication;
import vn.lienthong.idnumber.adapter.in.seed.PopulationSeedImport;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcCitizens;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcCommunes;

/** Seed data: the built-in communes, and the seed directory the local run and load tests use. */
class PopulationSeedImportIT extends RunningService {

    private static final String COMMUNES_HEADER = "commune_code,commune_name,province_code,province_name\n";
    private static final String CITIZENS_HEADER = "personal_id_number,full_name,sex,date_of_birth,ethnicity,nationality,"
            + "permanent_residence_commune_code\n";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcCommunes communes;
    @Autowired
    JdbcCitizens citizens;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theMigrationSeedsExactlyTheCommunesOfTheSyntheticPopulation() {
        List<String> seeded = jdbc.sql("select code, name, province_code, province_name from commune order by code")
                .query((row, n) -> String.join("|", row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                .list();

        assertThat(seeded).containsExactlyElementsOf(Communes.ALL.stream()
                .sorted(Comparator.comparing(vn.lienthong.deploy.population.Commune::code))
                .map(c -> String.join("|", c.code(), c.name(), c.provinceCode(), c.provinceName())).toList());
    }

    @Test
    void aGeneratedPopulationLoadsTwiceAndItsFamiliesGetNumbers(@TempDir Path directory) {
        Population population = SyntheticPopulation.generate(99, 30);
        SeedFiles.write(population, directory);

        importer(directory).run(null);
        importer(directory).run(null);

        for (Person person : population.citizens()) {
            JsonNode found = citizen(person.personalIdNumber()).body();
            assertThat(found.get("fullName").asString()).isEqualTo(person.fullName());
            assertThat(found.get("dateOfBirth").asString()).isEqualTo(person.dateOfBirth().toString());
            assertThat(found.get("permanentResidenceCommuneCode").asString()).isEqualTo(person.permanentResidenceCommuneCode());
        }
        for (Family family : population.families()) {
            Answer assigned = assign(requestFrom(PortalDossiers.tree(family)));
            int year = family.child().dateOfBirth().getYear();
            String centuryAndSex = family.child().sex().name().equals("FEMALE") ? "3" : "2";
            assertThat(assigned.code()).isEqualTo(201);
            assertThat(assigned.body().get("personalIdNumber").asString())
                    .startsWith(family.household().commune().provinceCode() + centuryAndSex + (year % 100));
        }
    }

    @Test
    void aBadRowStopsTheStartNamingFileLineAndColumnAndLoadsNothing(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("communes.csv"), COMMUNES_HEADER + "25450,Xã Bù Gia Mập,075,Tỉnh Đồng Nai\n");
        Files.writeString(directory.resolve("citizens.csv"), CITIZENS_HEADER
                + "075199123401,Trần Thị Mai,FEMALE,1999-02-03,Kinh,VN,25450\n"
                + "075095123402,Trần Văn Nam,NAM,1995-06-07,Kinh,VN,25450\n");

        assertThatThrownBy(() -> new SpringApplicationBuilder(IdNumberApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + databaseUrl(), "--lienthong.seed.directory=" + directory).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("citizens.csv line 3, column sex: is not MALE or FEMALE");
        assertThat(citizen("075199123401").code()).isEqualTo(404);
    }

    @Test
    void eachKindOfBadRowIsNamed(@TempDir Path directory) throws IOException {
        assertThat(problem(directory, COMMUNES_HEADER + "25450,Xã Bù Gia Mập,75,Tỉnh Đồng Nai\n", CITIZENS_HEADER))
                .isEqualTo("communes.csv line 2, column province_code: is not a 3-digit province code starting with 0");
        assertThat(problem(directory, COMMUNES_HEADER, CITIZENS_HEADER
                + "075199123401,Trần Thị Mai,FEMALE,1999-02-03,Kinh,VN,25450\n"
                + "075199123403,Trần Văn Nam,MALE,1999-02-03,Kinh,VN,25450\n"))
                .isEqualTo("citizens.csv line 3, column personal_id_number: does not agree with the sex and year of birth");
        assertThat(problem(directory, COMMUNES_HEADER, CITIZENS_HEADER
                + "075199123401,Trần Thị Mai,FEMALE,1999-02-31,Kinh,VN,25450\n"))
                .isEqualTo("citizens.csv line 2, column date_of_birth: is not a date written YYYY-MM-DD");
        assertThat(problem(directory, COMMUNES_HEADER, CITIZENS_HEADER
                + "075199123401,Trần Thị Mai,FEMALE,1999-02-03,Kinh,VN,99999\n"))
                .isEqualTo("citizens.csv line 2, column permanent_residence_commune_code: is not a known commune");
        assertThat(problem(directory, COMMUNES_HEADER, CITIZENS_HEADER + "075199123401,,FEMALE,1999-02-03,Kinh,VN,\n"))
                .isEqualTo("citizens.csv line 2, column full_name: is empty");
        assertThat(problem(directory, COMMUNES_HEADER, "personal_id_number,full_name,sex,date_of_birth\n"
                + "075199123401,Trần Thị Mai,FEMALE,1999-02-03\n"))
                .isEqualTo("citizens.csv line 1: the header has no column ethnicity");
        assertThat(problem(directory, COMMUNES_HEADER, CITIZENS_HEADER
                + "075199123401,Trần Thị Mai,FEMALE,1999-02-03,Kinh,VN,25450,extra\n"))
                .startsWith("citizens.csv line 2, position ").contains("not readable as CSV").doesNotContain("extra");
    }

    private String problem(Path directory, String communesCsv, String citizensCsv) throws IOException {
        Files.writeString(directory.resolve("communes.csv"), communesCsv);
        Files.writeString(directory.resolve("citizens.csv"), citizensCsv);
        try {
            importer(directory).run(null);
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        throw new AssertionError("the import accepted a bad row");
    }

    private PopulationSeedImport importer(Path directory) {
        return new PopulationSeedImport(directory, communes, citizens, transactions);
    }

    /** What the civil-status software would send for this dossier. */
    private static AssignPersonalIdNumber requestFrom(JsonNode dossier) {
        JsonNode child = dossier.get("child");
        return new AssignPersonalIdNumber(dossier.get("portalDossierCode").asString(), child.get("fullName").asString(),
                Sex.valueOf(child.get("sex").asString()), LocalDate.parse(child.get("dateOfBirth").asString()),
                dossier.get("registrationCommuneCode").asString(),
                dossier.get("mother").get("personalIdNumber").asString(),
                dossier.has("father") ? dossier.get("father").get("personalIdNumber").asString() : null,
                child.get("nationality").asString());
    }
}
