package vn.lienthong.idnumber.adapter.in.web.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the active fault profile to the population-database API, before the request reaches
 * a controller: a faulty request does no work. Registered for the API's paths only, so health
 * checks, metrics and the admin API always answer.
 */
public final class FaultInjectionFilter extends OncePerRequestFilter {

    public static final String METRIC = "lienthong.id_number.faults_injected";

    private static final Logger log = LoggerFactory.getLogger(FaultInjectionFilter.class);

    private final FaultInjector faults;
    private final HeldRequests held;
    private final FaultAnswers answers;
    private final MeterRegistry meters;

    public FaultInjectionFilter(FaultInjector faults, HeldRequests held, JsonMapper json, MeterRegistry meters) {
        this.faults = faults;
        this.held = held;
        this.answers = new FaultAnswers(json);
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FaultDecision fault = faults.next();
        if (fault.kind() != FaultKind.NONE) {
            meters.counter(METRIC, "kind", fault.kind().tag()).increment();
            // The method only: a citizen's path holds a personal ID number.
            log.debug("Injected fault {} into a {} request", fault.kind().tag(), request.getMethod());
        }
        if (fault.held()) {
            held.hold(request, fault.delay(), answers::gatewayTimeout);
            return;
        }
        pause(fault.delay());
        switch (fault.kind()) {
            case NONE -> chain.doFilter(request, response);
            case OUTAGE -> answers.unavailable(response);
            case SERVER_ERROR -> {
                if (fault.alternate()) {
                    answers.unavailable(response);
                } else {
                    answers.internalError(response);
                }
            }
            case PERMISSION_DENIED -> answers.permissionDenied(response);
            case MALFORMED -> answers.malformed(request, response, fault.alternate());
            case DROPPED_CONNECTION -> ConnectionDropValve.drop(request);
            case HANG -> throw new IllegalStateException("a hang is always held");
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            // Shutting down: answer now rather than late.
            Thread.currentThread().interrupt();
        }
    }
}
