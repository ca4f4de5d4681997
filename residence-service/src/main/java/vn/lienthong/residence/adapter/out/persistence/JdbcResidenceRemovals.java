package vn.lienthong.residence.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.residence.application.port.out.ResidenceRemovals;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Relationship;
import vn.lienthong.residence.domain.ResidenceRemoval;

/**
 * Removals kept in {@code residence_removal}, with the member's row deleted and the household marked
 * in the same transaction (the caller's). The removal's row is written first: it claims the person,
 * so of two concurrent removals the second fails there and, handled again, finds the first. In a
 * prepared batch ({@link ResidenceBatch}) the batch's new members are written first (the removed
 * person may be one of them), and the batch's households are told who left.
 */
public class JdbcResidenceRemovals implements ResidenceRemovals {

    private final JdbcClient jdbc;
    private final ResidenceBatch batch;

    public JdbcResidenceRemovals(JdbcClient jdbc, ResidenceBatch batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Optional<ResidenceRemoval> findByPerson(PersonalIdNumber person) {
        return jdbc.sql("""
                        select r.*, h.commune_code, h.address_line, c.name as commune_name
                        from residence_removal r
                        join household h on h.household_number = r.household_number
                        left join commune c on c.code = h.commune_code
                        where r.personal_id_number = ?""")
                .param(person.value())
                .query((row, n) -> removal(row))
                .optional();
    }

    @Override
    public void record(ResidenceRemoval removal) {
        var cache = batch.current();
        cache.ifPresent(batch::flushMembers);
        int claimed = jdbc.sql("""
                        insert into residence_removal (personal_id_number, household_number, full_name,
                            relationship_to_head, was_head, household_needs_new_head, remaining_members, reason,
                            date_of_death, death_extract_number, dossier_id, removed_on)
                        values (?, ?, ?, ?, ?, ?, ?, 'DEATH', ?, ?, ?, ?)
                        on conflict (personal_id_number) do nothing""")
                .params(removal.person().value(), removal.householdNumber().value(), removal.fullName(),
                        removal.relationshipToHead().name(), removal.deceasedWasHead(), removal.householdNeedsNewHead(),
                        removal.remainingMembers(), removal.dateOfDeath(), removal.deathExtractNumber(),
                        removal.dossierId(), removal.removedOn())
                .update();
        if (claimed == 0) {
            throw new ConcurrentRemovalException();
        }
        jdbc.sql("delete from household_member where personal_id_number = ?").param(removal.person().value()).update();
        jdbc.sql("update household set head_needed = ? where household_number = ?")
                .params(removal.householdNeedsNewHead(), removal.householdNumber().value())
                .update();
        cache.ifPresent(loaded -> loaded.removed(removal.person(), removal.householdNumber(),
                removal.householdNeedsNewHead()));
    }

    private static ResidenceRemoval removal(ResultSet row) throws SQLException {
        String communeName = row.getString("commune_name");
        String commune = row.getString("commune_code");
        return new ResidenceRemoval(
                new PersonalIdNumber(row.getString("personal_id_number")),
                row.getString("full_name"),
                Relationship.valueOf(row.getString("relationship_to_head")),
                new HouseholdNumber(row.getString("household_number")),
                new CommuneCode(commune),
                row.getString("address_line") + ", " + (communeName == null ? commune : communeName),
                row.getBoolean("was_head"),
                row.getBoolean("household_needs_new_head"),
                row.getInt("remaining_members"),
                row.getObject("date_of_death", LocalDate.class),
                row.getString("death_extract_number"),
                row.getObject("dossier_id", UUID.class),
                row.getObject("removed_on", LocalDate.class));
    }
}
