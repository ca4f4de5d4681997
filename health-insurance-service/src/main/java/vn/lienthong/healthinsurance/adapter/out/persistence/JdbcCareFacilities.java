package vn.lienthong.healthinsurance.adapter.out.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.application.port.out.CareFacilities;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.ProvinceCode;

public class JdbcCareFacilities implements CareFacilities {

    private final JdbcClient jdbc;

    public JdbcCareFacilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<InitialCareFacility> find(String code) {
        return jdbc.sql("select code, name, province_code from care_facility where code = ?")
                .param(code)
                .query((row, n) -> new InitialCareFacility(row.getString(1), row.getString(2),
                        new ProvinceCode(row.getString(3))))
                .optional();
    }

    /** Adds or updates a facility from seed data. */
    public void save(InitialCareFacility facility) {
        jdbc.sql("""
                        insert into care_facility (code, name, province_code) values (?, ?, ?)
                        on conflict (code) do update set name = excluded.name, province_code = excluded.province_code""")
                .params(facility.code(), facility.name(), facility.province().value())
                .update();
    }
}
