package vn.lienthong.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where PostgreSQL's time goes: the statements of every service database by total execution
 * time, from {@code pg_stat_statements} (loaded by the durable local server), reset at the start
 * of the measured window.
 */
final class StatementStats {

    /** One normalised statement: its database, calls, total and mean execution time, total planning time. */
    record Statement(String database, long calls, double totalMillis, double meanMillis, long rows, String query,
                     double planMillis) {
    }

    private final String jdbcUrl;
    private final String user;

    StatementStats(String jdbcUrl, String user) {
        this.jdbcUrl = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        this.user = user;
    }

    /** False when the server does not keep statement statistics (a server not started durable). */
    boolean reset() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            connection.createStatement().execute("select pg_stat_statements_reset()");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Every statement of each service database summed: database, calls and total time, query "(all)". */
    List<Statement> perDatabase() throws SQLException {
        List<Statement> statements = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             var rows = connection.createStatement().executeQuery("""
                     select d.datname, sum(s.calls)::bigint, sum(s.total_exec_time), sum(s.rows)::bigint,
                            sum(s.total_plan_time)
                     from pg_stat_statements s join pg_database d on d.oid = s.dbid
                     where d.datname <> 'postgres'
                     group by d.datname order by 3 desc""")) {
            while (rows.next()) {
                long calls = rows.getLong(2);
                statements.add(new Statement(rows.getString(1), calls, rows.getDouble(3),
                        calls == 0 ? 0 : rows.getDouble(3) / calls, rows.getLong(4), "(all statements)", rows.getDouble(5)));
            }
        }
        return statements;
    }

    /**
     * The statements with the most execution time, then those run most often, then those with the
     * most planning time (each listed once).
     */
    List<Statement> top(int limit) throws SQLException {
        List<Statement> statements = new ArrayList<>(top("s.total_exec_time", limit));
        for (String order : List.of("s.calls", "s.total_plan_time")) {
            for (Statement next : top(order, limit)) {
                if (statements.stream().noneMatch(listed -> listed.database().equals(next.database())
                        && listed.query().equals(next.query()))) {
                    statements.add(next);
                }
            }
        }
        return statements;
    }

    private List<Statement> top(String order, int limit) throws SQLException {
        List<Statement> statements = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             var query = connection.prepareStatement("""
                     select d.datname, s.calls, s.total_exec_time, s.mean_exec_time, s.rows,
                            regexp_replace(s.query, '\\s+', ' ', 'g'), s.total_plan_time
                     from pg_stat_statements s join pg_database d on d.oid = s.dbid
                     where d.datname <> 'postgres'
                     order by %s desc limit ?""".formatted(order))) {
            query.setInt(1, limit);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    statements.add(new Statement(rows.getString(1), rows.getLong(2), rows.getDouble(3),
                            rows.getDouble(4), rows.getLong(5), rows.getString(6), rows.getDouble(7)));
                }
            }
        }
        return statements;
    }
}
