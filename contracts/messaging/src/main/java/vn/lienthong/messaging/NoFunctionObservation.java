package vn.lienthong.messaging;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Leaves out Spring Cloud Function's observation of each function call (a timer and a span for each
 * batch a consumer takes). A batch holds the messages of many dossiers, so that span had no parent:
 * every batch of every consumer began a trace of its own, named {@code <function> process}, which
 * ops found beside the dossiers' traces and which said nothing about any dossier. Each message of a
 * batch continues its own dossier's trace instead ({@link MessageTracing}), and each stage's batches
 * are timed by {@link StageMeter}. Taking the observation out also takes its work off every batch.
 */
public final class NoFunctionObservation implements AutoConfigurationImportFilter {

    /** Spring Cloud Function's auto-configuration of the observation around every function call. */
    static final String FUNCTION_OBSERVATION = "org.springframework.cloud.function.observability.ObservationAutoConfiguration";

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            match[i] = !FUNCTION_OBSERVATION.equals(autoConfigurationClasses[i]);
        }
        return match;
    }
}
