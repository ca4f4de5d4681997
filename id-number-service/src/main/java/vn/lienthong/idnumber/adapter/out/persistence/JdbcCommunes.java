package vn.lienthong.idnumber.adapter.out.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.idnumber.application.port.out.Communes;
import vn.lienthong.idnumber.domain.Commune;
import vn.lienthong.idnumber.domain.ProvinceCode;

public class JdbcCommunes implements Communes {

    private final JdbcClient jdbc;

    public JdbcCommunes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Commune> find(String code) {
        return jdbc.sql("select code, name, province_code, province_name from commune where code = ?")
                .param(code)
                .query((row, n) -> new Commune(row.getString(1), row.getString(2), new ProvinceCode(row.getString(3)),
                        row.getString(4)))
                .optional();
    }

    /** Adds or updates a commune from seed data. */
    public void save(Commune commune) {
        jdbc.sql("""
                        insert into commune (code, name, province_code, province_name) values (?, ?, ?, ?)
                        on conflict (code) do update set name = excluded.name, province_code = excluded.province_code,
                            province_name = excluded.province_name""")
                .params(commune.code(), commune.name(), commune.province().value(), commune.provinceName())
                .update();
    }
}
