package vn.lienthong.civilregistry.adapter.out.persistence;

import java.time.Year;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.application.port.out.RegisterSerials;
import vn.lienthong.civilregistry.domain.CommuneCode;

/** One counter per commune register and year; the row lock makes concurrent registrations take turns. */
public class JdbcRegisterSerials implements RegisterSerials {

    private final JdbcClient jdbc;

    public JdbcRegisterSerials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(CommuneCode commune, Year year) {
        return jdbc.sql("""
                        insert into birth_register_serial (commune_code, register_year, last_serial) values (?, ?, 1)
                        on conflict (commune_code, register_year)
                        do update set last_serial = birth_register_serial.last_serial + 1
                        returning last_serial""")
                .params(commune.value(), year.getValue())
                .query(Long.class)
                .single();
    }
}
