package vn.lienthong.orchestrator.adapter.out.persistence;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How many dossiers are still open, by where they stand against their statutory due date. */
public class JdbcOpenDossiers {

    private final JdbcClient jdbc;

    public JdbcOpenDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Deadlines read(LocalDate today) {
        return jdbc.sql("""
                        select count(*) filter (where statutory_due_date < :today),
                               count(*) filter (where statutory_due_date = :today),
                               count(*) filter (where statutory_due_date > :today)
                        from dossier where status not in ('COMPLETED', 'REFUSED')""")
                .param("today", today)
                .query((row, n) -> new Deadlines(row.getLong(1), row.getLong(2), row.getLong(3)))
                .single();
    }

    /** Open dossiers past their due date, due today, and due later. */
    public record Deadlines(long overdue, long dueToday, long dueLater) {
    }
}
