package vn.lienthong.deploy.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Least privilege in PostgreSQL: each service logs in as a role of its own that owns its own
 * database and nothing else, and no one else may connect to that database. Run as the server's
 * superuser, on every start, so that the passwords follow {@link LocalSecrets}.
 */
final class ServiceRoles {

    private ServiceRoles() {
    }

    /** {@code passwords}: database name, which is also its role's name, to that role's password. */
    static void provision(String superuserUrl, String superuser, Map<String, String> passwords) {
        try (Connection connection = DriverManager.getConnection(superuserUrl, superuser, "");
             Statement statement = connection.createStatement()) {
            for (var entry : passwords.entrySet()) {
                String role = entry.getKey();
                requireIdentifier(role);
                statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role
                        + "') then create role " + role + " login; end if; end $$");
                statement.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole password '"
                        + entry.getValue().replace("'", "''") + "'");
                statement.execute("alter database " + role + " owner to " + role);
                statement.execute("revoke all on database " + role + " from public");
                statement.execute("grant connect, temporary on database " + role + " to " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not give each service its own database role", e);
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
    }
}
