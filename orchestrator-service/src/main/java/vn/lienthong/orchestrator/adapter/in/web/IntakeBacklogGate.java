package vn.lienthong.orchestrator.adapter.in.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.orchestrator.application.IntakeBacklog;
import vn.lienthong.orchestrator.application.RetryAfterAdvice;

/**
 * Refuses a dossier submission while the backlog is at its bound, first of all the servlet
 * filters: before the token is checked, before tracing and request metrics, and before the body
 * is read. Under a flood most submissions are refused, and a refusal that went through the whole
 * filter chain took the cores the saga needed to bring the backlog down (docs/performance.md,
 * "Overload"). The answer is the one {@link IntakeBacklogInterceptor} gives, which stays behind
 * the token check and the client's rate limit to admit and count each submission below the bound.
 *
 * <p>Every caller gets this answer alike while the backlog is full, a caller without a valid token
 * too: it tells nothing but that the system is at capacity, and how full. Below the bound the
 * request goes on, and the token check answers as always.
 *
 * <p>The status is 429, which leaves the connection open for the client's next request; Tomcat
 * closes the connection after every 503, and under a flood a new connection for each refusal was
 * most of what a refusal cost (docs/performance.md, "A refusal that keeps its connection").
 */
public class IntakeBacklogGate extends OncePerRequestFilter {

    private final IntakeBacklog backlog;
    private final RetryAfterAdvice retryAfter;
    private final Counter refused;
    private final JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter();

    public IntakeBacklogGate(IntakeBacklog backlog, RetryAfterAdvice retryAfter, MeterRegistry meters) {
        this.backlog = backlog;
        this.retryAfter = retryAfter;
        this.refused = IntakeBacklogInterceptor.admissions(meters, "refused");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IntakeBacklog.Admission admission = backlog.check();
        if (admission.admitted()) {
            chain.doFilter(request, response);
            return;
        }
        refused.increment();
        long retryAfterSeconds = retryAfter.refused();
        ProblemDetail problem = ProblemResponses.backlogFull(admission, retryAfterSeconds);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        json.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }
}
