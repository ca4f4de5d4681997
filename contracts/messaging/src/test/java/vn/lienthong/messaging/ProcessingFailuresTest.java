package vn.lienthong.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/** Which failures of a command's handling are answered with a rejection, and which are retried. */
class ProcessingFailuresTest {

    @Test
    void dataTheDatabaseRefusesIsPermanentAndDescribedWithoutItsValues() {
        var tooLong = database("22001", "value too long for type character varying(100): Điểu Thị Hoa");
        var indexRow = database("54000", "index row size 6120 exceeds btree version 4 maximum 2704");
        var notNull = database("23502", "null value in column \"child_full_name\"");

        assertThat(ProcessingFailures.permanent(tooLong)).hasValue("a value the database refuses (SQLSTATE 22001)");
        assertThat(ProcessingFailures.permanent(indexRow)).hasValue("data beyond a database limit (SQLSTATE 54000)");
        assertThat(ProcessingFailures.permanent(notNull)).get().asString().doesNotContain("child_full_name");
        assertThat(ProcessingFailures.permanent(new IllegalArgumentException("a commune code has exactly 5 digits")))
                .get().asString().doesNotContain("commune");
    }

    @Test
    void aRaceALostConnectionASerializationFailureAndADeadlockAreRetried() {
        assertThat(ProcessingFailures.permanent(database("23505", "duplicate key"))).isEmpty();
        assertThat(ProcessingFailures.permanent(database("08006", "connection lost"))).isEmpty();
        assertThat(ProcessingFailures.permanent(database("40001", "could not serialize access"))).isEmpty();
        assertThat(ProcessingFailures.permanent(database("40P01", "deadlock detected"))).isEmpty();
        assertThat(ProcessingFailures.permanent(database("57P01", "terminating connection"))).isEmpty();
        assertThat(ProcessingFailures.permanent(new AgencyUnavailableException("down"))).isEmpty();
        assertThat(ProcessingFailures.permanent(new PessimisticLockingFailureException("lock",
                new SQLException("lock", "55P03")))).isEmpty();
    }

    private static RuntimeException database(String state, String message) {
        var sql = new SQLException(message, state);
        return state.startsWith("08") || state.startsWith("57")
                ? new DataAccessResourceFailureException("failed", sql)
                : new DataIntegrityViolationException("failed", sql);
    }
}
