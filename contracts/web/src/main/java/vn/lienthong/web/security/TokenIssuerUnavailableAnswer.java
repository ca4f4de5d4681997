package vn.lienthong.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.web.Problems;

/**
 * Answers 503 with {@code Retry-After} and a problem when a request's token could not be checked
 * because the identity provider did not answer ({@link TokenIssuerUnavailableException}), instead
 * of the 500 the servlet container would give. Stands in front of Spring Security's filters, which
 * the exception passes through. Nothing of the request was done: a portal sends a dossier again as
 * it is, as after any 503 with {@code Retry-After}. Logs a warning at most once every
 * {@link #LOG_EVERY}, with the provider's failure and how many requests were answered so since.
 */
public final class TokenIssuerUnavailableAnswer extends OncePerRequestFilter {

    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(TokenIssuerUnavailableAnswer.class);

    private final long retryAfterSeconds;
    private final JsonMapper json;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

    public TokenIssuerUnavailableAnswer(Duration retryAfter, JsonMapper json) {
        if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(
                    "lienthong.security.issuer-unavailable-retry-after must be at least 1s, not " + retryAfter);
        }
        this.retryAfterSeconds = (retryAfter.toMillis() + 999) / 1000;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            TokenIssuerUnavailableException unavailable = find(e);
            if (unavailable == null) {
                throw e;
            }
            answer(response, unavailable);
        }
    }

    private void answer(HttpServletResponse response, TokenIssuerUnavailableException e) throws IOException {
        long count = answered.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if ((last == Long.MIN_VALUE || now - last >= LOG_EVERY.toNanos()) && lastLogged.compareAndSet(last, now)) {
            log.warn("Tokens cannot be checked, answered 503 ({} so far): {}", count, rootMessage(NestedExceptionUtils.getMostSpecificCause(e)));
        }
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "token-issuer-unavailable",
                "Chưa kiểm tra được mã truy cập", "Access tokens cannot be checked now",
                "Nơi cấp mã truy cập chưa trả lời nên yêu cầu chưa được xử lý; hãy gửi lại nguyên vẹn sau "
                        + retryAfterSeconds + " giây.",
                "The identity provider did not answer, so the request was not processed; send it again as it is in "
                        + retryAfterSeconds + " s.");
        problem.setProperty("code", "TOKEN_ISSUER_UNAVAILABLE");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static TokenIssuerUnavailableException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenIssuerUnavailableException unavailable) {
                return unavailable;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable root) {
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
