package vn.lienthong.residence.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.messaging.TransactionScoped;
import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.RegistrationNumber;
import vn.lienthong.residence.domain.Relationship;

/**
 * The unit of work of one batch of residence commands. {@link #prepare} loads in two queries what
 * the batch's commands will read (the households of the people they are about, with all their
 * members and their addresses, and whether any household is at each address they name) and locks in two statements the serial
 * counters of their communes; the repositories then answer from it and keep their writes in it
 * ({@link BatchCache}), and the new members and the counters' last serials are written just before
 * the transaction commits, in one statement each. A transaction that was not prepared (a batch
 * handled again one record at a time, an HTTP read) has none, and the repositories ask the
 * database as they always did.
 */
public final class ResidenceBatch {

    /** Seven parameters per member row; PostgreSQL takes at most 65 535 in one statement. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final TransactionScoped<BatchCache> scope;

    public ResidenceBatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.scope = new TransactionScoped<>(BatchCache::new, this::write, cache -> { });
    }

    /** A declared address: whether any household is at it is read, and its commune's counter is locked. */
    public record Address(CommuneCode commune, AddressKey key) {
    }

    /**
     * Loads and locks what the batch's commands need, inside its transaction: the households of
     * {@code people} (children, parents, the deceased) with all their members and their addresses,
     * whether any household is at each of {@code addresses}, and the {@code year}'s counters of the addresses' communes, locked in the
     * order of their codes (the order the batch's commands are handled in, so two batches never
     * wait on each other in a circle) until the transaction ends.
     */
    public void prepare(Collection<PersonalIdNumber> people, Collection<Address> addresses, int year) {
        BatchCache cache = scope.current()
                .orElseThrow(() -> new IllegalStateException("a batch is prepared only inside its transaction"));
        loadHouseholds(cache, Set.copyOf(people));
        loadAddresses(cache, Set.copyOf(addresses));
        lockCounters(cache, new TreeSet<>(addresses.stream().map(address -> address.commune().value()).toList()), year);
    }

    /** This transaction's unit of work, if it was prepared. */
    Optional<BatchCache> current() {
        return scope.existing();
    }

    /**
     * Writes the members added so far now rather than before commit: for a statement that must see
     * them (a removal deletes a member's row).
     */
    void flushMembers(BatchCache cache) {
        insert(cache.takeNewMembers());
    }

    private void loadHouseholds(BatchCache cache, Set<PersonalIdNumber> people) {
        if (people.isEmpty()) {
            return;
        }
        Map<HouseholdNumber, Household> households = new LinkedHashMap<>();
        Map<HouseholdNumber, AddressKey> keys = new HashMap<>();
        Map<HouseholdNumber, List<Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        select h.household_number, h.commune_code, c.name as commune_name, h.address_line,
                            h.address_key, h.head_personal_id_number, h.head_needed, m.personal_id_number, m.full_name,
                            m.relationship_to_head, m.resident_since, m.registration_number
                        from household h
                        left join commune c on c.code = h.commune_code
                        join household_member m on m.household_number = h.household_number
                        where h.household_number in
                            (select household_number from household_member where personal_id_number = any(?))""")
                .param(people.stream().map(PersonalIdNumber::value).toArray(String[]::new))
                .query(row -> {
                    Household household = JdbcHouseholds.household(row);
                    households.putIfAbsent(household.number(), household);
                    keys.putIfAbsent(household.number(), new AddressKey(row.getString("address_key")));
                    members.computeIfAbsent(household.number(), number -> new ArrayList<>()).add(member(row));
                });
        households.forEach((number, household) -> {
            List<Member> listed = new ArrayList<>(members.get(number));
            listed.sort(BatchCache.MEMBER_ORDER);
            cache.loaded(new Household(number, household.commune(), household.communeName(),
                    household.addressLine(), household.head(), listed, household.headNeeded()), keys.get(number));
        });
        people.forEach(cache::knownWithoutHousehold);
    }

    /**
     * Whether any household is at each address, not which: a hamlet address can hold hundreds of
     * households, and reading them all for every batch cost more than the rest of the batch.
     */
    private void loadAddresses(BatchCache cache, Set<Address> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        List<Address> asked = List.copyOf(addresses);
        Set<Address> occupied = new HashSet<>();
        jdbc.sql("""
                        select a.commune_code, a.address_key
                        from unnest(?::text[], ?::text[]) as a (commune_code, address_key)
                        where exists (select 1 from household h
                                      where h.commune_code = a.commune_code and h.address_key = a.address_key)""")
                .params(asked.stream().map(address -> address.commune().value()).toArray(String[]::new),
                        asked.stream().map(address -> address.key().value()).toArray(String[]::new))
                .query(row -> {
                    occupied.add(new Address(new CommuneCode(row.getString(1)), new AddressKey(row.getString(2))));
                });
        asked.forEach(address -> cache.loaded(address, occupied.contains(address)));
    }

    /**
     * Creates the missing counters, then locks them all with one {@code select ... for update} in
     * the order of their codes, and keeps their last serials. A counter created here starts at 0,
     * so its first number is 1, as when the first registration created it.
     */
    private void lockCounters(BatchCache cache, TreeSet<String> communes, int year) {
        if (communes.isEmpty()) {
            return;
        }
        String[] codes = communes.toArray(String[]::new);
        jdbc.sql("""
                        insert into registration_serial (commune_code, year, last_serial)
                        select code, ?, 0 from unnest(?::text[]) as code order by code collate "C"
                        on conflict (commune_code, year) do nothing""")
                .params(year, codes)
                .update();
        Map<CommuneCode, Long> serials = new HashMap<>();
        jdbc.sql("""
                        select commune_code, last_serial from registration_serial
                        where year = ? and commune_code = any(?)
                        order by commune_code collate "C"
                        for update""")
                .params(year, codes)
                .query(row -> {
                    serials.put(new CommuneCode(row.getString(1)), row.getLong(2));
                });
        cache.locked(year, serials);
    }

    /** Just before commit: the new members, then the counters' last serials. */
    private void write(BatchCache cache) {
        insert(cache.takeNewMembers());
        Map<CommuneCode, Long> moved = cache.movedSerials();
        if (!moved.isEmpty()) {
            List<CommuneCode> communes = List.copyOf(moved.keySet());
            jdbc.sql("""
                            update registration_serial s set last_serial = v.last_serial
                            from unnest(?::text[], ?::bigint[]) as v (commune_code, last_serial)
                            where s.year = ? and s.commune_code = v.commune_code""")
                    .params(communes.stream().map(CommuneCode::value).toArray(String[]::new),
                            communes.stream().map(moved::get).toArray(Long[]::new), cache.serialYear())
                    .update();
        }
    }

    private void insert(List<BatchCache.NewMember> members) {
        for (int from = 0; from < members.size(); from += ROWS_PER_STATEMENT) {
            List<BatchCache.NewMember> rows = members.subList(from, Math.min(members.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(rows.size() * 7);
            for (BatchCache.NewMember row : rows) {
                Member member = row.member();
                Collections.addAll(params, member.personalIdNumber().value(), row.household().value(),
                        member.fullName(), member.relationship().name(), member.residentSince(),
                        member.registration().map(RegistrationNumber::value).orElse(null), row.dossierId());
            }
            jdbc.sql("""
                            insert into household_member (personal_id_number, household_number, full_name,
                                relationship_to_head, resident_since, registration_number, dossier_id, registered_at)
                            values """ + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, now())")))
                    .params(params)
                    .update();
        }
    }

    private static Member member(ResultSet row) throws SQLException {
        return new Member(
                new PersonalIdNumber(row.getString("personal_id_number")),
                row.getString("full_name"),
                Relationship.valueOf(row.getString("relationship_to_head")),
                Optional.ofNullable(row.getDate("resident_since")).map(java.sql.Date::toLocalDate).orElse(null),
                Optional.ofNullable(row.getString("registration_number")).map(RegistrationNumber::new).orElse(null));
    }
}
