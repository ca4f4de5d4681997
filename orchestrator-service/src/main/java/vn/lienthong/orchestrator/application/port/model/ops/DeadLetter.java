package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Instant;
import java.util.List;

/** A dead-lettered record in full: every header and the payload, both as text. */
public record DeadLetter(DeadLetterRef ref, String key, Instant timestamp, List<Header> headers, String payload) {

    public DeadLetter {
        headers = List.copyOf(headers);
    }

    public record Header(String name, String value) {
    }
}
