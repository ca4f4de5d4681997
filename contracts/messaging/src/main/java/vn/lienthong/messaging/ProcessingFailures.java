package vn.lienthong.messaging;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a command that can never be processed as it is from one that may be processed later.
 * Permanent: the database refuses the data itself (SQLSTATE class 22, a value too long or out of
 * range; class 23, a constraint the data breaks; class 54, a limit such as an index row too large)
 * or the agency's rules refuse a value ({@link IllegalArgumentException} from its domain). A unique
 * or exclusion violation is not: it is how a registration that raced another learns of it, and
 * handling the command again finds the other. Anything else (a lost connection, a serialization
 * failure, a deadlock, a fault of the service itself) is retried as before. The description names
 * the kind of failure only: a database's own message can quote the values, which are personal data.
 */
final class ProcessingFailures {

    private static final Set<String> RACES = Set.of("23505", "23P01");

    private ProcessingFailures() {
    }

    /** What makes {@code failure} permanent, without values; empty if a retry may succeed. */
    static Optional<String> permanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return database(sql.getSQLState());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return Optional.of("a value the agency's rules refuse (" + cause.getClass().getSimpleName() + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> database(String state) {
        if (state.startsWith("22")) {
            return Optional.of("a value the database refuses (SQLSTATE " + state + ")");
        }
        if (state.startsWith("23") && !RACES.contains(state)) {
            return Optional.of("data that breaks a database constraint (SQLSTATE " + state + ")");
        }
        if (state.startsWith("54")) {
            return Optional.of("data beyond a database limit (SQLSTATE " + state + ")");
        }
        return Optional.empty();
    }
}
