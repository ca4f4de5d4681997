package vn.lienthong.deploy.local;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Why a start failed, in one line: the failure and each cause that adds something to it. */
final class StartFailure {

    private StartFailure() {
    }

    /**
     * The failure's message (its class when it has none), then each cause as its class and message,
     * joined by {@code  ← }. Left out: the wrappers of a task that failed ({@link CompletionException},
     * {@link ExecutionException}), and a cause whose message the line already has.
     */
    static String reason(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
                continue;
            }
            String message = t.getMessage() == null || t.getMessage().isBlank() ? null : t.getMessage();
            if (parts.isEmpty()) {
                parts.add(message != null ? message : t.getClass().getName());
            } else if (message == null || !String.join(" ", parts).contains(message)) {
                parts.add(t.toString());
            }
        }
        return String.join(" ← ", parts);
    }
}
