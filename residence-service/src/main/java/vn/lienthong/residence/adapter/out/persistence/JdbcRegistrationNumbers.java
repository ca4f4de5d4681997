package vn.lienthong.residence.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.residence.application.port.out.RegistrationNumbers;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.RegistrationNumber;

/** One serial counter per commune and year; the row lock makes concurrent registrations take turns. */
public class JdbcRegistrationNumbers implements RegistrationNumbers {

    private final JdbcClient jdbc;

    public JdbcRegistrationNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RegistrationNumber next(CommuneCode commune, int year) {
        long serial = jdbc.sql("""
                        insert into registration_serial (commune_code, year, last_serial) values (?, ?, 1)
                        on conflict (commune_code, year) do update set last_serial = registration_serial.last_serial + 1
                        returning last_serial""")
                .params(commune.value(), year)
                .query(Long.class)
                .single();
        return RegistrationNumber.of(commune, year, serial);
    }
}
