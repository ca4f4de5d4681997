package vn.lienthong.idnumber.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.idnumber.application.port.out.Citizens;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Sex;

public class JdbcCitizens implements Citizens {

    private static final String SELECT_CITIZENS = """
            select personal_id_number, full_name, sex, date_of_birth, ethnicity, nationality,
                   permanent_residence_commune_code, date_of_death
            from citizen where\s""";

    private final JdbcClient jdbc;

    public JdbcCitizens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Citizen> find(PersonalIdNumber personalIdNumber) {
        return jdbc.sql(SELECT_CITIZENS + "personal_id_number = ?")
                .param(personalIdNumber.value())
                .query((row, n) -> citizen(row))
                .optional();
    }

    @Override
    public Map<PersonalIdNumber, Citizen> findAll(Collection<PersonalIdNumber> personalIdNumbers) {
        if (personalIdNumbers.isEmpty()) {
            return Map.of();
        }
        Map<PersonalIdNumber, Citizen> found = new HashMap<>();
        jdbc.sql(SELECT_CITIZENS + "personal_id_number = any(?)")
                .param(personalIdNumbers.stream().map(PersonalIdNumber::value).distinct().toArray(String[]::new))
                .query((row, n) -> citizen(row))
                .list()
                .forEach(citizen -> found.put(citizen.personalIdNumber(), citizen));
        return found;
    }

    /** Adds or updates a citizen from seed data; a death recorded here is kept, whatever the seed says. */
    public void save(Citizen citizen) {
        jdbc.sql("""
                        insert into citizen (personal_id_number, full_name, sex, date_of_birth, ethnicity, nationality,
                            permanent_residence_commune_code)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (personal_id_number) do update set full_name = excluded.full_name,
                            sex = excluded.sex, date_of_birth = excluded.date_of_birth, ethnicity = excluded.ethnicity,
                            nationality = excluded.nationality,
                            permanent_residence_commune_code = excluded.permanent_residence_commune_code""")
                .params(citizen.personalIdNumber().value(), citizen.fullName(), citizen.sex().name(),
                        citizen.dateOfBirth(), citizen.ethnicity(), citizen.nationality(),
                        citizen.permanentResidenceCommuneCode())
                .update();
    }

    private static Citizen citizen(ResultSet row) throws SQLException {
        return new Citizen(
                new PersonalIdNumber(row.getString("personal_id_number")),
                row.getString("full_name"),
                Sex.valueOf(row.getString("sex")),
                row.getDate("date_of_birth").toLocalDate(),
                row.getString("ethnicity"),
                row.getString("nationality"),
                row.getString("permanent_residence_commune_code"),
                row.getObject("date_of_death", LocalDate.class));
    }
}
