package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class StartFailureTest {

    @Test
    void anErrorWithoutAMessageIsNamedWithTheCauseThatSaysWhy() {
        var failure = new CompletionException(new ExceptionInInitializerError(
                new UnsupportedOperationException("getSubject is not supported")));

        assertThat(StartFailure.reason(failure)).isEqualTo(
                "java.lang.ExceptionInInitializerError ← java.lang.UnsupportedOperationException: getSubject is not supported");
    }

    @Test
    void aCauseTheMessageAlreadyQuotesIsNotRepeated() {
        var failure = new UncheckedIOException("could not start Kafka and PostgreSQL: port 9092 is taken",
                new IOException("port 9092 is taken"));

        assertThat(StartFailure.reason(failure)).isEqualTo("could not start Kafka and PostgreSQL: port 9092 is taken");
    }

    @Test
    void anExplainedFailureIsItsMessageAlone() {
        assertThat(StartFailure.reason(new IllegalStateException("port 5432 is taken by another program")))
                .isEqualTo("port 5432 is taken by another program");
    }
}
