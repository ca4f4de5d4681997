package vn.lienthong.orchestrator.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.orchestrator.application.port.out.DossiersInFlight;

/**
 * Counts the dossiers received or in progress on the index by status, in the database's
 * {@code dossiers_in_flight()}, which keeps the count to an index scan (migration V26). A dossier
 * waiting for a person is {@code ACTION_REQUIRED} (any step waiting for the applicant or an officer
 * makes it so), so it is not counted; nor is a finished one.
 */
public class JdbcDossiersInFlight implements DossiersInFlight {

    private final JdbcClient jdbc;

    public JdbcDossiersInFlight(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count() {
        return jdbc.sql("select dossiers_in_flight()")
                .query(Long.class).single();
    }
}
