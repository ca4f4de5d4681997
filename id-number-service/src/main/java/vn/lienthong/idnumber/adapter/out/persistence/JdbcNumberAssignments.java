package vn.lienthong.idnumber.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.idnumber.application.port.out.NumberAssignments;
import vn.lienthong.idnumber.domain.BirthDeclaration;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Sex;

/**
 * Records a number and its newborn in one transaction. Conflicts are detected with
 * {@code on conflict do nothing} rather than caught as errors, because an error would abort the
 * transaction; a concurrent duplicate request waits on the request id's row lock and then sees it.
 */
public class JdbcNumberAssignments implements NumberAssignments {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcNumberAssignments(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<NumberAssignment> findByRequest(String requestId) {
        return jdbc.sql("""
                        select request_id, personal_id_number, full_name, sex, date_of_birth, registration_commune_code,
                               mother_personal_id_number, father_personal_id_number, nationality, issued_at
                        from personal_id_number_assignment where request_id = ?""")
                .param(requestId)
                .query((row, n) -> assignment(row))
                .optional();
    }

    @Override
    public Outcome record(NumberAssignment assignment) {
        return transactions.execute(status -> {
            if (!addNewborn(Citizen.newborn(assignment.number(), assignment.declaration()))) {
                return Outcome.NUMBER_TAKEN;
            }
            if (!addAssignment(assignment)) {
                status.setRollbackOnly();
                return Outcome.REQUEST_ID_TAKEN;
            }
            return Outcome.RECORDED;
        });
    }

    private boolean addNewborn(Citizen newborn) {
        return jdbc.sql("""
                        insert into citizen (personal_id_number, full_name, sex, date_of_birth, ethnicity, nationality,
                            permanent_residence_commune_code)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (personal_id_number) do nothing""")
                .params(newborn.personalIdNumber().value(), newborn.fullName(), newborn.sex().name(),
                        newborn.dateOfBirth(), newborn.ethnicity(), newborn.nationality(),
                        newborn.permanentResidenceCommuneCode())
                .update() == 1;
    }

    private boolean addAssignment(NumberAssignment assignment) {
        BirthDeclaration birth = assignment.declaration();
        return jdbc.sql("""
                        insert into personal_id_number_assignment (request_id, personal_id_number, full_name, sex,
                            date_of_birth, registration_commune_code, mother_personal_id_number,
                            father_personal_id_number, nationality, issued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (request_id) do nothing""")
                .params(assignment.requestId(), assignment.number().value(), birth.fullName(), birth.sex().name(),
                        birth.dateOfBirth(), birth.registrationCommuneCode(), birth.mother().value(),
                        birth.father() == null ? null : birth.father().value(), birth.nationality(),
                        assignment.issuedAt().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    private static NumberAssignment assignment(ResultSet row) throws SQLException {
        String father = row.getString("father_personal_id_number");
        var declaration = new BirthDeclaration(
                row.getString("full_name"),
                Sex.valueOf(row.getString("sex")),
                row.getDate("date_of_birth").toLocalDate(),
                row.getString("registration_commune_code"),
                new PersonalIdNumber(row.getString("mother_personal_id_number")),
                father == null ? null : new PersonalIdNumber(father),
                row.getString("nationality"));
        return new NumberAssignment(row.getString("request_id"), new PersonalIdNumber(row.getString("personal_id_number")),
                declaration, row.getObject("issued_at", OffsetDateTime.class).toInstant());
    }
}
