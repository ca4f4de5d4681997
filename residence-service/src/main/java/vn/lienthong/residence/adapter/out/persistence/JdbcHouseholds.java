package vn.lienthong.residence.adapter.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.residence.application.port.out.Households;
import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.RegistrationNumber;
import vn.lienthong.residence.domain.Relationship;

/**
 * The register of households in PostgreSQL. Inside a prepared batch ({@link ResidenceBatch}) it
 * answers from what the batch loaded and keeps new members for the batch to write before commit;
 * anywhere else, and for anything the batch did not load, it asks the database.
 */
public class JdbcHouseholds implements Households {

    private static final String HOUSEHOLD = """
            select h.household_number, h.commune_code, c.name as commune_name, h.address_line, h.head_personal_id_number,
                   h.head_needed
            from household h
            left join commune c on c.code = h.commune_code
            """;

    private final JdbcClient jdbc;
    private final ResidenceBatch batch;

    public JdbcHouseholds(JdbcClient jdbc, ResidenceBatch batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public boolean anyAt(CommuneCode commune, AddressKey address) {
        Optional<Boolean> loaded = batch.current().flatMap(cache -> cache.anyAt(commune, address));
        if (loaded.isPresent()) {
            return loaded.get();
        }
        return jdbc.sql("select exists (select 1 from household where commune_code = ? and address_key = ?)")
                .params(commune.value(), address.value())
                .query(Boolean.class).single();
    }

    @Override
    public boolean isAt(HouseholdNumber number, CommuneCode commune, AddressKey address) {
        Optional<Boolean> loaded = batch.current().flatMap(cache -> cache.isAt(number, commune, address));
        if (loaded.isPresent()) {
            return loaded.get();
        }
        return jdbc.sql("""
                        select exists (select 1 from household
                                       where household_number = ? and commune_code = ? and address_key = ?)""")
                .params(number.value(), commune.value(), address.value())
                .query(Boolean.class).single();
    }

    @Override
    public Optional<Household> find(HouseholdNumber number) {
        Optional<Household> loaded = batch.current().flatMap(cache -> cache.household(number));
        if (loaded.isPresent()) {
            return loaded;
        }
        return jdbc.sql(HOUSEHOLD + "where h.household_number = ?")
                .param(number.value())
                .query((row, n) -> household(row))
                .optional().map(this::withMembers);
    }

    @Override
    public Optional<Household> of(PersonalIdNumber person) {
        Optional<Optional<Household>> loaded = batch.current().flatMap(cache -> cache.householdOf(person));
        if (loaded.isPresent()) {
            return loaded.get();
        }
        return jdbc.sql(HOUSEHOLD + "join household_member m on m.household_number = h.household_number "
                        + "where m.personal_id_number = ?")
                .param(person.value())
                .query((row, n) -> household(row))
                .optional().map(this::withMembers);
    }

    @Override
    public void addMember(HouseholdNumber household, Member member, UUID dossierId) {
        if (batch.current().map(cache -> cache.add(household, member, dossierId)).orElse(false)) {
            // Inserted with the batch's other members before commit; a member who belongs to a
            // household already then fails the batch, which is handled again one command at a time.
            return;
        }
        jdbc.sql("""
                        insert into household_member (personal_id_number, household_number, full_name, relationship_to_head,
                            resident_since, registration_number, dossier_id, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, now())""")
                .params(member.personalIdNumber().value(), household.value(), member.fullName(),
                        member.relationship().name(), member.residentSince(),
                        member.registration().map(RegistrationNumber::value).orElse(null), dossierId)
                .update();
    }

    /**
     * Adds or updates a household and its members from seed data. What the seed does not know (since
     * when a member lives there, a registration made here, a head who died) is kept; a member listed
     * under another household moves to this one; a member whose registration was removed because
     * they died stays removed.
     */
    public void save(Household household) {
        jdbc.sql("""
                        insert into household (household_number, commune_code, address_line, address_key, head_personal_id_number)
                        values (?, ?, ?, ?, ?)
                        on conflict (household_number) do update set commune_code = excluded.commune_code,
                            address_line = excluded.address_line, address_key = excluded.address_key,
                            head_personal_id_number = excluded.head_personal_id_number""")
                .params(household.number().value(), household.commune().value(), household.addressLine(),
                        AddressKey.of(household.addressLine()).value(), household.head().value())
                .update();
        for (Member member : household.members()) {
            jdbc.sql("""
                            insert into household_member (personal_id_number, household_number, full_name, relationship_to_head,
                                resident_since)
                            select ?, ?, ?, ?, ?
                            where not exists (select 1 from residence_removal r where r.personal_id_number = ?)
                            on conflict (personal_id_number) do update set household_number = excluded.household_number,
                                full_name = excluded.full_name, relationship_to_head = excluded.relationship_to_head,
                                resident_since = coalesce(excluded.resident_since, household_member.resident_since)""")
                    .params(member.personalIdNumber().value(), household.number().value(), member.fullName(),
                            member.relationship().name(), member.residentSince(), member.personalIdNumber().value())
                    .update();
        }
    }

    /** The household without its members, read afterwards so that no query runs inside another. */
    static Household household(ResultSet row) throws SQLException {
        return new Household(
                new HouseholdNumber(row.getString("household_number")),
                new CommuneCode(row.getString("commune_code")),
                row.getString("commune_name"),
                row.getString("address_line"),
                new PersonalIdNumber(row.getString("head_personal_id_number")),
                List.of(),
                row.getBoolean("head_needed"));
    }

    private Household withMembers(Household household) {
        return withMembers(List.of(household)).get(0);
    }

    /** The households with their members, read in one query however many households there are. */
    private List<Household> withMembers(List<Household> households) {
        if (households.isEmpty()) {
            return households;
        }
        Map<String, List<Member>> members = new HashMap<>();
        // The head first, then in the order people came to live there.
        jdbc.sql("""
                        select household_number, personal_id_number, full_name, relationship_to_head, resident_since,
                            registration_number
                        from household_member where household_number = any(?)
                        order by relationship_to_head <> 'HEAD', resident_since nulls first, personal_id_number""")
                .param(households.stream().map(household -> household.number().value()).toArray(String[]::new))
                .query(row -> {
                    members.computeIfAbsent(row.getString(1), number -> new ArrayList<>()).add(new Member(
                            new PersonalIdNumber(row.getString(2)),
                            row.getString(3),
                            Relationship.valueOf(row.getString(4)),
                            localDate(row.getDate(5)),
                            Optional.ofNullable(row.getString(6)).map(RegistrationNumber::new).orElse(null)));
                });
        return households.stream()
                .map(household -> new Household(household.number(), household.commune(), household.communeName(),
                        household.addressLine(), household.head(),
                        members.getOrDefault(household.number().value(), List.of()), household.headNeeded()))
                .toList();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
