package vn.lienthong.identity.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.deploy.local.LocalPostgres;
import vn.lienthong.deploy.local.SharedInfrastructure;
import vn.lienthong.identity.IdentityApplication;

/**
 * The identity service as a separate Spring application on a database of its own (created empty
 * for each instance of this class), on a fixed free port so that its issuer is its real address.
 * It can be stopped and started again on the same database and port, as a restart would.
 */
public final class IdentityProvider implements AutoCloseable {

    public static final String DEMO_PASSWORD = "demo-2026-test";
    public static final String CLIENT_SECRET = "client-secret-test";

    private final String database;
    private final int port;
    private final String issuer;
    private final List<String> extraProperties;
    private ConfigurableApplicationContext context;
    private long startMillis;

    private IdentityProvider(String database, int port, String issuer, List<String> extraProperties) {
        this.database = database;
        this.port = port;
        this.issuer = issuer == null ? baseUrl() : issuer;
        this.extraProperties = extraProperties;
    }

    /** A new, empty database and a provider started on it. */
    public static IdentityProvider startOnEmptyDatabase(String... properties) {
        String database = "identity_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createDatabase(database);
        IdentityProvider provider = new IdentityProvider(database, freePort(), null, List.of(properties));
        provider.start();
        return provider;
    }

    /** A second instance on the same database and behind the same issuer, as a load balancer would show them. */
    public IdentityProvider anotherInstance() {
        IdentityProvider other = new IdentityProvider(database, freePort(), issuer, extraProperties);
        other.start();
        return other;
    }

    public void start() {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=" + port,
                "spring.datasource.url=" + postgres().jdbcUrl(database),
                "spring.datasource.username=" + postgres().username(),
                "lienthong.identity.issuer=" + issuer,
                "lienthong.identity.demo-accounts.enabled=true",
                "lienthong.identity.demo-accounts.password=" + DEMO_PASSWORD,
                "lienthong.identity.demo-accounts.client-secret=" + CLIENT_SECRET));
        properties.addAll(extraProperties);
        // The last value of a setting wins, as the extra properties are meant to override the defaults.
        Map<String, String> settings = new LinkedHashMap<>();
        properties.forEach(property -> settings.put(property.substring(0, property.indexOf('=')), property));
        long started = System.nanoTime();
        // As command-line arguments: they win over application.yml, as a deployment's settings would.
        context = new SpringApplicationBuilder(IdentityApplication.class)
                .run(settings.values().stream().map(property -> "--" + property).toArray(String[]::new));
        startMillis = (System.nanoTime() - started) / 1_000_000;
    }

    public void restart() {
        close();
        start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** How long the last start took, from SpringApplication.run to ready. */
    public long startMillis() {
        return startMillis;
    }

    public JdbcClient database() {
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private static LocalPostgres postgres() {
        return SharedInfrastructure.postgres();
    }

    private static void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(postgres().jdbcUrl("postgres"), postgres().username(), "")) {
            connection.createStatement().execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
