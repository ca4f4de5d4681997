package vn.lienthong.civilregistry.adapter.out.persistence;

import java.time.Year;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.application.port.out.RegisterSerials;
import vn.lienthong.civilregistry.domain.CommuneCode;

/**
 * One counter per commune register and year; the row lock makes concurrent registrations take turns.
 * The birth and the death registers are books of their own, each with its counters.
 */
public class JdbcRegisterSerials implements RegisterSerials {

    private final JdbcClient jdbc;
    private final String table;

    /** The counters of the birth registers. */
    public JdbcRegisterSerials(JdbcClient jdbc) {
        this(jdbc, "birth_register_serial");
    }

    private JdbcRegisterSerials(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** The counters of the death registers. */
    public static JdbcRegisterSerials ofDeathRegisters(JdbcClient jdbc) {
        return new JdbcRegisterSerials(jdbc, "death_register_serial");
    }

    @Override
    public long next(CommuneCode commune, Year year) {
        return jdbc.sql("""
                        insert into %1$s (commune_code, register_year, last_serial) values (?, ?, 1)
                        on conflict (commune_code, register_year)
                        do update set last_serial = %1$s.last_serial + 1
                        returning last_serial""".formatted(table))
                .params(commune.value(), year.getValue())
                .query(Long.class)
                .single();
    }
}
