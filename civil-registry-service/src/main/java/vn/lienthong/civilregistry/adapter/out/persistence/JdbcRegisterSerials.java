package vn.lienthong.civilregistry.adapter.out.persistence;

import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.application.port.out.RegisterSerials;
import vn.lienthong.civilregistry.domain.CommuneCode;
import vn.lienthong.messaging.TransactionScoped;

/**
 * One counter per commune register and year; the row lock makes concurrent registrations take turns.
 * The birth and the death registers are books of their own, each with its counters. A transaction
 * that locked a batch's counters at once ({@link #lock}) hands out their serials in memory and
 * writes the last ones just before it commits, holding the row locks to the end; any other
 * transaction increments the row itself.
 */
public class JdbcRegisterSerials implements RegisterSerials {

    private final JdbcClient jdbc;
    private final String table;
    private final TransactionScoped<LockedCounters> locked;

    /** The counters of the birth registers. */
    public JdbcRegisterSerials(JdbcClient jdbc) {
        this(jdbc, "birth_register_serial");
    }

    private JdbcRegisterSerials(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.locked = new TransactionScoped<>(LockedCounters::new, this::writeBack, counters -> { });
    }

    /** The counters of the death registers. */
    public static JdbcRegisterSerials ofDeathRegisters(JdbcClient jdbc) {
        return new JdbcRegisterSerials(jdbc, "death_register_serial");
    }

    /**
     * Locks, until the current transaction ends, the counters of {@code communes}' registers of
     * {@code year}, in the order of their commune codes (the order every batch takes them in, so
     * that two consumers never wait for each other), creating the missing ones. Two statements
     * whatever the number of communes.
     */
    public void lock(Collection<CommuneCode> communes, Year year) {
        LockedCounters counters = locked.current()
                .orElseThrow(() -> new IllegalStateException("counters are locked inside a transaction"));
        TreeSet<String> codes = new TreeSet<>();
        communes.stream().map(CommuneCode::value)
                .filter(code -> !counters.holds(new LockedCounters.Register(code, year.getValue())))
                .forEach(codes::add);
        if (codes.isEmpty()) {
            return;
        }
        String[] sorted = codes.toArray(String[]::new);
        // Serial 0: the row only exists so that it can be locked; the first entry still gets 1.
        jdbc.sql("""
                        insert into %s (commune_code, register_year, last_serial)
                        select code, cast(? as integer), 0 from unnest(?::text[]) as code order by code
                        on conflict (commune_code, register_year) do nothing""".formatted(table))
                .params(year.getValue(), sorted)
                .update();
        jdbc.sql("""
                        select commune_code, last_serial from %s
                        where register_year = ? and commune_code = any(?)
                        order by commune_code for update""".formatted(table))
                .params(year.getValue(), sorted)
                .query((row, n) -> {
                    counters.locked(new LockedCounters.Register(row.getString(1), year.getValue()), row.getLong(2));
                    return null;
                })
                .list();
    }

    @Override
    public long next(CommuneCode commune, Year year) {
        Optional<LockedCounters> counters = locked.existing();
        if (counters.isPresent()) {
            var register = new LockedCounters.Register(commune.value(), year.getValue());
            if (!counters.get().holds(register)) {
                // Not among the batch's counters (the year turned meanwhile): locked now, out of order.
                lock(List.of(commune), year);
            }
            return counters.get().next(register).orElseThrow();
        }
        return jdbc.sql("""
                        insert into %1$s (commune_code, register_year, last_serial) values (?, ?, 1)
                        on conflict (commune_code, register_year)
                        do update set last_serial = %1$s.last_serial + 1
                        returning last_serial""".formatted(table))
                .params(commune.value(), year.getValue())
                .query(Long.class)
                .single();
    }

    /** Writes the serials the transaction took, in one statement, just before it commits. */
    private void writeBack(LockedCounters counters) {
        List<Map.Entry<LockedCounters.Register, Long>> moved = counters.takeMoved();
        if (moved.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update %s as counter set last_serial = moved.last_serial
                        from unnest(?::text[], ?::int[], ?::bigint[]) as moved(commune_code, register_year, last_serial)
                        where counter.commune_code = moved.commune_code
                          and counter.register_year = moved.register_year""".formatted(table))
                .params(moved.stream().map(entry -> entry.getKey().communeCode()).toArray(String[]::new),
                        moved.stream().map(entry -> entry.getKey().year()).toArray(Integer[]::new),
                        moved.stream().map(Map.Entry::getValue).toArray(Long[]::new))
                .update();
    }
}
