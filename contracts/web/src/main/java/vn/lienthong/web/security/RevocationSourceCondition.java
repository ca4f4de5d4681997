package vn.lienthong.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when there is a revocation list to read ({@link RevocationProperties#source}). */
final class RevocationSourceCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return RevocationProperties.source(context.getEnvironment())
                .map(uri -> ConditionOutcome.match("revocation list at " + uri))
                .orElseGet(() -> ConditionOutcome.noMatch("no revocation list: no issuer-uri and no "
                        + RevocationProperties.URI_PROPERTY));
    }
}
