package vn.lienthong.identity.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.identity.application.port.out.Revocations;
import vn.lienthong.identity.domain.Revocation;

/** Table revocation, written by the database's triggers on clients and staff members (migration V4). */
public class JdbcRevocations implements Revocations {

    private final JdbcClient jdbc;

    public JdbcRevocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Revocation> since(Instant since) {
        return jdbc.sql("select kind, subject, revoked_at from revocation where revoked_at >= ? order by revoked_at")
                .param(Timestamp.from(since))
                .query((rs, row) -> new Revocation(Revocation.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                        rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }
}
