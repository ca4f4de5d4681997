package vn.lienthong.idnumber.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.idnumber.application.port.out.Deaths;
import vn.lienthong.idnumber.domain.DeathRecord;
import vn.lienthong.idnumber.domain.PersonalIdNumber;

/**
 * Records a death and marks the citizen in one transaction. Conflicts are detected with
 * {@code on conflict do nothing} rather than caught as errors, which would abort the transaction:
 * a concurrent report of the same request or the same citizen waits on the row's lock, then sees it.
 */
public class JdbcDeaths implements Deaths {

    private static final String SELECT = """
            select request_id, personal_id_number, date_of_death, death_extract_number, recorded_at
            from death_record""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcDeaths(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<DeathRecord> findByRequest(String requestId) {
        return jdbc.sql(SELECT + " where request_id = ?").param(requestId).query((row, n) -> death(row)).optional();
    }

    @Override
    public Optional<DeathRecord> findByPerson(PersonalIdNumber person) {
        return jdbc.sql(SELECT + " where personal_id_number = ?").param(person.value())
                .query((row, n) -> death(row)).optional();
    }

    @Override
    public Outcome record(DeathRecord death) {
        return transactions.execute(status -> {
            int inserted = jdbc.sql("""
                            insert into death_record (request_id, personal_id_number, date_of_death, death_extract_number,
                                recorded_at)
                            values (?, ?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(death.requestId(), death.person().value(), death.dateOfDeath(), death.deathExtractNumber(),
                            death.recordedAt().atOffset(ZoneOffset.UTC))
                    .update();
            if (inserted == 0) {
                return findByRequest(death.requestId()).isPresent() ? Outcome.REQUEST_ID_TAKEN : Outcome.PERSON_TAKEN;
            }
            jdbc.sql("update citizen set date_of_death = ? where personal_id_number = ?")
                    .params(death.dateOfDeath(), death.person().value())
                    .update();
            return Outcome.RECORDED;
        });
    }

    private static DeathRecord death(ResultSet row) throws SQLException {
        return new DeathRecord(row.getString("request_id"), new PersonalIdNumber(row.getString("personal_id_number")),
                row.getObject("date_of_death", LocalDate.class), row.getString("death_extract_number"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
