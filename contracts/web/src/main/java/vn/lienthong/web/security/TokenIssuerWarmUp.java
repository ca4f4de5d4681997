package vn.lienthong.web.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Reads the identity provider's configuration and keys as the service starts, in the background,
 * instead of inside the first requests that carry a token. A resource server that trusts its
 * provider by address ({@code issuer-uri}) otherwise discovers it at the first token: on a
 * freshly started service under load, that first reading waits behind the load, and the requests
 * that came with it are answered 503 ({@link TokenIssuerOutages}) until it is done.
 *
 * <p>The decoder is asked to check a token whose signature cannot be right: to find that out it
 * must read the provider's configuration and key set, and it keeps both for the requests that
 * follow. A provider that does not answer yet (it may start after this service) is asked again
 * after {@code first-retry}, then at twice the interval each time up to {@code max-retry}, until it
 * answers. Nothing waits for this: the service is ready whether or not it has succeeded, and a
 * request before it is served as without it.
 */
final class TokenIssuerWarmUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TokenIssuerWarmUp.class);

    private final JwtDecoder decoder;
    private final String probe;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private volatile ScheduledExecutorService schedule;
    private int attempts;

    /**
     * @param algorithm a signature algorithm the decoder accepts (the first of Spring Boot's
     *                  {@code spring.security.oauth2.resourceserver.jwt.jws-algorithms}), so that
     *                  the decoder goes as far as the provider's keys before refusing the probe
     */
    TokenIssuerWarmUp(JwtDecoder decoder, String algorithm, Duration firstRetry, Duration maxRetry) {
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("lienthong.security.issuer-warm-up: first-retry must be positive and "
                    + "at most max-retry, not " + firstRetry + " and " + maxRetry);
        }
        this.decoder = decoder;
        this.probe = probe(algorithm);
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    /** A well-formed token, without a key id, whose signature no key verifies. */
    static String probe(String algorithm) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString(("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}")
                .getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString("{\"sub\":\"lienthong-issuer-warm-up\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + base64.encodeToString(new byte[256]);
    }

    /**
     * One attempt: true once the decoder read the provider's configuration and keys (it then
     * refuses the probe as a bad token), false while the provider does not answer.
     */
    boolean attempt() {
        attempts++;
        try {
            decoder.decode(probe);
        } catch (JwtException refusedAsBad) {
            log.info("Identity provider's configuration and keys read after {} attempt(s)", attempts);
            return true;
        } catch (RuntimeException notReadable) {
            if (attempts == 1) {
                log.info("Identity provider not readable yet; reading it again in the background: {}",
                        NestedExceptionUtils.getMostSpecificCause(notReadable).toString());
            }
            return false;
        }
        log.error("The token decoder accepted a token that no key signed: check its configuration");
        return true;
    }

    @Override
    public void start() {
        schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "issuer-warm-up");
            thread.setDaemon(true);
            return thread;
        });
        schedule.execute(() -> attemptThenRetry(firstRetry));
    }

    private void attemptThenRetry(Duration next) {
        if (attempt()) {
            schedule.shutdown();
            return;
        }
        Duration after = next.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : next.multipliedBy(2);
        schedule.schedule(() -> attemptThenRetry(after), next.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = schedule;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        ScheduledExecutorService running = schedule;
        return running != null && !running.isShutdown();
    }
}
