package vn.lienthong.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server (the official binaries, unpacked from a Maven artifact) on
 * 127.0.0.1, holding one database per service.
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;
    /** The kept data directory, or null for a temporary one. */
    private final Path dataDirectory;
    private final List<String> createdDatabases = new ArrayList<>();

    private LocalPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code port} (0 picks a free one). With {@code durable} every commit is
     * flushed to disk before it returns ({@code fsync = on}, {@code synchronous_commit = on}), as in
     * production; tests
     * that claim nothing about durability may trade that for speed. {@code dataDirectory} may be
     * null for a throw-away directory; an existing directory is reused, so data survives a restart
     * (a server still running on it must have been stopped first: see {@link LeftoverPostgres}).
     * A durable server also keeps per-statement statistics ({@code pg_stat_statements}, planning
     * time included) and the calls and time of PL/pgSQL functions and triggers
     * ({@code track_functions = pl}), as a production server would, so the benchmark can show where
     * the database's time goes.
     */
    public static LocalPostgres start(int port, boolean durable, Path dataDirectory, Collection<String> databases) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Whoever starts the server stops it, in its place in an orderly stop: a hook of
                    // its own would run beside the others at exit, and could stop the database
                    // while services still write to it.
                    .setRegisterShutdownHook(false)
                    // The embedded builder turns both off by default: without fsync, even a
                    // synchronous commit is not on disk when it returns.
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (durable) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track", "all")
                        .setServerConfig("pg_stat_statements.track_planning", "on")
                        .setServerConfig("track_functions", "pl");
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            var postgres = new LocalPostgres(builder.start(), dataDirectory);
            postgres.createDatabases(databases);
            if (durable) {
                postgres.execute("create extension if not exists pg_stat_statements");
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    private void createDatabases(Collection<String> databases) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String database : databases) {
                var exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + requireIdentifier(database) + "'");
                if (!exists.next()) {
                    statement.execute("create database " + database);
                    createdDatabases.add(database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases", e);
        }
    }

    /** The databases this start created; empty when every one was kept from an earlier start. */
    public List<String> createdDatabases() {
        return List.copyOf(createdDatabases);
    }

    private void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run: " + sql, e);
        }
    }

    private static String requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }

    @Override
    public void close() {
        if (dataDirectory != null && !LeftoverPostgres.stopOwn(dataDirectory)) {
            throw new IllegalStateException("PostgreSQL on " + dataDirectory + " did not stop within a minute");
        }
        try {
            // Cleans up after the server; its own stop finds nothing left to stop when the data is kept.
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
