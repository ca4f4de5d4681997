package vn.lienthong.idnumber.adapter.in.seed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.lienthong.idnumber.adapter.out.persistence.JdbcCitizens;
import vn.lienthong.idnumber.adapter.out.persistence.JdbcCommunes;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Sex;

/**
 * {@code citizens.csv}: {@code personal_id_number,full_name,sex,date_of_birth,ethnicity,nationality,
 * permanent_residence_commune_code}. A number must agree with the sex and year of birth, as every
 * number the database gave out does; the residence commune, when given, must be known.
 */
final class CitizenSeedImport {

    static final String FILE = "citizens.csv";
    static final List<String> COLUMNS = List.of("personal_id_number", "full_name", "sex", "date_of_birth",
            "ethnicity", "nationality", "permanent_residence_commune_code");

    private final JdbcCitizens citizens;
    private final JdbcCommunes communes;

    CitizenSeedImport(JdbcCitizens citizens, JdbcCommunes communes) {
        this.citizens = citizens;
        this.communes = communes;
    }

    int importFrom(Path directory) {
        return SeedFile.forEachRow(directory, FILE, COLUMNS, row -> citizens.save(citizen(row)));
    }

    private Citizen citizen(SeedRow row) {
        PersonalIdNumber number = row.required("personal_id_number", PersonalIdNumber::new, "12 digits");
        String fullName = row.required("full_name");
        Sex sex = row.required("sex", Sex::valueOf, "MALE or FEMALE");
        LocalDate dateOfBirth = row.required("date_of_birth", LocalDate::parse, "a date written YYYY-MM-DD");
        if (!number.agreesWith(sex, dateOfBirth)) {
            throw row.problem("personal_id_number", "does not agree with the sex and year of birth");
        }
        String commune = row.optional("permanent_residence_commune_code");
        if (commune != null && communes.find(commune).isEmpty()) {
            throw row.problem("permanent_residence_commune_code", "is not a known commune");
        }
        return new Citizen(number, fullName, sex, dateOfBirth, row.optional("ethnicity"),
                row.required("nationality"), commune);
    }
}
