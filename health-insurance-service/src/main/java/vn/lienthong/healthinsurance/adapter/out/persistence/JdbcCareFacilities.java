package vn.lienthong.healthinsurance.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.application.port.out.CareFacilities;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.ProvinceCode;

/**
 * Initial care facilities (seed data). Inside a prepared batch ({@link JdbcCardIssuingBatches}) a
 * facility is read from what the batch loaded.
 */
public class JdbcCareFacilities implements CareFacilities {

    static final String SELECT = "select code, name, province_code from care_facility";

    private final JdbcClient jdbc;
    private final JdbcCardIssuingBatches batches;

    public JdbcCareFacilities(JdbcClient jdbc, JdbcCardIssuingBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public Optional<InitialCareFacility> find(String code) {
        return batches.current().flatMap(batch -> batch.facility(code))
                .orElseGet(() -> jdbc.sql(SELECT + " where code = ?")
                        .param(code)
                        .query((row, n) -> facility(row))
                        .optional());
    }

    static InitialCareFacility facility(ResultSet row) throws SQLException {
        return new InitialCareFacility(row.getString("code"), row.getString("name"),
                new ProvinceCode(row.getString("province_code")));
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
