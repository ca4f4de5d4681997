package vn.lienthong.residence.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.residence.application.port.out.RegistrationNumbers;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.RegistrationNumber;

/**
 * One serial counter per commune and year; the row lock makes concurrent registrations take turns.
 * In a prepared batch ({@link ResidenceBatch}) the counter is locked already and counts in memory;
 * the batch writes its last serial just before commit.
 */
public class JdbcRegistrationNumbers implements RegistrationNumbers {

    private final JdbcClient jdbc;
    private final ResidenceBatch batch;

    public JdbcRegistrationNumbers(JdbcClient jdbc, ResidenceBatch batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public RegistrationNumber next(CommuneCode commune, int year) {
        var locked = batch.current().flatMap(cache -> cache.nextSerial(commune, year));
        if (locked.isPresent()) {
            return RegistrationNumber.of(commune, year, locked.get());
        }
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
