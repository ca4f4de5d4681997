package vn.lienthong.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL wrote and read whole, table by table, and what its functions and triggers cost,
 * in every service database over the measured window: the difference of two readings of
 * {@code pg_stat_user_tables} and {@code pg_stat_user_functions} (the durable local server tracks
 * PL/pgSQL functions, {@code track_functions = pl}). A backend reports its counts when a transaction
 * ends, at most once a second, so the window's edges are exact to about a second.
 *
 * <p>An update that changes no indexed column and finds room in its page is "HOT": it writes no
 * index entry. A table whose updates are not HOT pays an entry in every index at every update.
 *
 * <p>A sequential scan reads every row of its table. On a table that grows with the dossiers it
 * costs more the longer the system runs, and it is what a plan made without the table's
 * statistics chooses: {@link #analyze} gives the planner those that a server running for a while
 * has.
 */
final class TableStats {

    /** Rows a table took in the window: inserted, updated (of them HOT) and deleted. */
    record TableWrites(String database, String table, long inserted, long updated, long hotUpdated, long deleted) {

        long written() {
            return inserted + updated + deleted;
        }

        double hotShare() {
            return updated == 0 ? 0 : hotUpdated / (double) updated;
        }
    }

    /** A function's or trigger's calls in the window and the time spent in it, not in what it called. */
    record FunctionCalls(String database, String function, long calls, double selfMillis) {
    }

    /** A table's sequential scans in the window and the rows they read. */
    record TableScans(String database, String table, long scans, long rowsRead) {
    }

    /** One reading of every service database's counters. */
    record Reading(Map<String, TableWrites> tables, Map<String, FunctionCalls> functions,
                   Map<String, TableScans> scans) {
    }

    private final String serverUrl;
    private final String user;

    TableStats(String jdbcUrl, String user) {
        this.serverUrl = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1);
        this.user = user;
    }

    Reading read() throws SQLException {
        Map<String, TableWrites> tables = new HashMap<>();
        Map<String, FunctionCalls> functions = new HashMap<>();
        Map<String, TableScans> scans = new HashMap<>();
        for (String database : databases()) {
            try (Connection connection = DriverManager.getConnection(serverUrl + database, user, "")) {
                try (var rows = connection.createStatement().executeQuery("""
                        select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, coalesce(seq_scan, 0),
                               coalesce(seq_tup_read, 0)
                        from pg_stat_user_tables""")) {
                    while (rows.next()) {
                        var table = new TableWrites(database, rows.getString(1), rows.getLong(2), rows.getLong(3),
                                rows.getLong(4), rows.getLong(5));
                        tables.put(database + "." + table.table(), table);
                        scans.put(database + "." + table.table(),
                                new TableScans(database, table.table(), rows.getLong(6), rows.getLong(7)));
                    }
                }
                try (var rows = connection.createStatement().executeQuery("""
                        select funcname, calls, self_time from pg_stat_user_functions""")) {
                    while (rows.next()) {
                        var function = new FunctionCalls(database, rows.getString(1), rows.getLong(2), rows.getDouble(3));
                        functions.put(database + "." + function.function(), function);
                    }
                }
            }
        }
        return new Reading(tables, functions, scans);
    }

    /**
     * Gathers the statistics of every table of every service database ({@code analyze}), as the
     * server's autovacuum does a minute or so after a table starts to grow, whenever its launcher
     * comes round to that database. The benchmark starts from empty tables; without this the
     * plans made at the start, for empty tables, hold until that moment, which falls anywhere in
     * the run. A new statistic makes every session plan its statements again.
     */
    void analyze() throws SQLException {
        for (String database : databases()) {
            try (Connection connection = DriverManager.getConnection(serverUrl + database, user, "");
                 var statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    private List<String> databases() throws SQLException {
        List<String> databases = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, "");
             var rows = connection.createStatement().executeQuery(
                     "select datname from pg_database where not datistemplate and datname <> 'postgres' order by 1")) {
            while (rows.next()) {
                databases.add(rows.getString(1));
            }
        }
        return databases;
    }

    /** The {@code limit} tables that took the most rows between the readings, the most first. */
    static List<TableWrites> writesBetween(Reading before, Reading after, int limit) {
        List<TableWrites> writes = new ArrayList<>();
        after.tables().forEach((key, now) -> {
            TableWrites then = before.tables().getOrDefault(key,
                    new TableWrites(now.database(), now.table(), 0, 0, 0, 0));
            var delta = new TableWrites(now.database(), now.table(), now.inserted() - then.inserted(),
                    now.updated() - then.updated(), now.hotUpdated() - then.hotUpdated(), now.deleted() - then.deleted());
            if (delta.written() > 0) {
                writes.add(delta);
            }
        });
        writes.sort(Comparator.comparingLong(TableWrites::written).reversed()
                .thenComparing(TableWrites::database).thenComparing(TableWrites::table));
        return writes.subList(0, Math.min(limit, writes.size()));
    }

    /**
     * The {@code limit} tables whose sequential scans read the most rows between the readings, the
     * most first; a table whose scans read no row (an empty table) is left out, as they cost next
     * to nothing.
     */
    static List<TableScans> scansBetween(Reading before, Reading after, int limit) {
        List<TableScans> scans = new ArrayList<>();
        after.scans().forEach((key, now) -> {
            TableScans then = before.scans().getOrDefault(key, new TableScans(now.database(), now.table(), 0, 0));
            if (now.rowsRead() > then.rowsRead()) {
                scans.add(new TableScans(now.database(), now.table(), now.scans() - then.scans(),
                        now.rowsRead() - then.rowsRead()));
            }
        });
        scans.sort(Comparator.comparingLong(TableScans::rowsRead).reversed()
                .thenComparing(TableScans::database).thenComparing(TableScans::table));
        return scans.subList(0, Math.min(limit, scans.size()));
    }

    /** The functions and triggers called between the readings, the costliest first. */
    static List<FunctionCalls> callsBetween(Reading before, Reading after) {
        List<FunctionCalls> calls = new ArrayList<>();
        after.functions().forEach((key, now) -> {
            FunctionCalls then = before.functions().getOrDefault(key,
                    new FunctionCalls(now.database(), now.function(), 0, 0));
            if (now.calls() > then.calls()) {
                calls.add(new FunctionCalls(now.database(), now.function(), now.calls() - then.calls(),
                        now.selfMillis() - then.selfMillis()));
            }
        });
        calls.sort(Comparator.comparingDouble(FunctionCalls::selfMillis).reversed()
                .thenComparing(FunctionCalls::database).thenComparing(FunctionCalls::function));
        return calls;
    }
}
