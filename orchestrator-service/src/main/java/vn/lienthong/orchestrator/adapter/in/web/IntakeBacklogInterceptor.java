package vn.lienthong.orchestrator.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.orchestrator.application.IntakeBacklog;
import vn.lienthong.orchestrator.application.RetryAfterAdvice;

/**
 * Admission control of dossier intake ({@code POST /api/v1/dossiers}) on the system's backlog:
 * past the bound the submission is refused with 429 before its body is read, so nothing is
 * received and the portal sends it again as it is after {@code Retry-After}. Runs after the
 * token check and the per-client rate limit, and counts in each submission it admits; while the
 * backlog is full, {@link IntakeBacklogGate} has already refused in front of them, so this one
 * refuses only a submission that found room there and none here (one admitted meanwhile).
 */
public class IntakeBacklogInterceptor implements HandlerInterceptor {

    private final IntakeBacklog backlog;
    private final RetryAfterAdvice retryAfter;
    private final Counter admitted;
    private final Counter refused;

    public IntakeBacklogInterceptor(IntakeBacklog backlog, RetryAfterAdvice retryAfter, MeterRegistry meters) {
        this.backlog = backlog;
        this.retryAfter = retryAfter;
        this.admitted = admissions(meters, "admitted");
        this.refused = admissions(meters, "refused");
    }

    static Counter admissions(MeterRegistry meters, String outcome) {
        return Counter.builder("lienthong.intake.admissions")
                .description("dossier submissions admitted or refused by the backlog's admission control")
                .tag("outcome", outcome)
                .register(meters);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("POST".equals(request.getMethod())) {
            var admission = backlog.admit();
            if (!admission.admitted()) {
                refused.increment();
                throw new IntakeBacklogFullException(admission, retryAfter.refused());
            }
            admitted.increment();
        }
        return true;
    }
}
