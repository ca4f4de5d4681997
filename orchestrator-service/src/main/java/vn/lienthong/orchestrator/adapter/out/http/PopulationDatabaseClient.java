package vn.lienthong.orchestrator.adapter.out.http;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Collections;
import java.util.List;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.lienthong.orchestrator.application.port.model.CallOutcome;
import vn.lienthong.orchestrator.application.port.out.CitizenLookup;
import vn.lienthong.orchestrator.application.port.model.IdNumberOutcome;
import vn.lienthong.orchestrator.application.port.out.PopulationDatabase;
import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * The population database behind Resilience4j. Each call is capped in concurrency (bulkhead),
 * bounded in time (time limiter), counted by a circuit breaker, and retried a few times with
 * exponential backoff and jitter, for passing faults only. A definite answer (a number, invalid
 * data, a refused permission) is never retried. What is still failing after the quick retries
 * becomes a {@link IdNumberOutcome.TransientFailure}; the saga then tries again later from its
 * durable schedule. While the breaker is open no attempt is made, and when it closes again the
 * waiting dossiers are brought forward.
 */
public class PopulationDatabaseClient implements PopulationDatabase {

    private static final Logger log = LoggerFactory.getLogger(PopulationDatabaseClient.class);

    private final PopulationDatabaseHttp http;
    private final Bulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final ScheduledExecutorService scheduler;
    private final MeterRegistry meters;
    private final List<Runnable> recoveryListeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.IntConsumer> probeListeners = new CopyOnWriteArrayList<>();

    public PopulationDatabaseClient(PopulationDatabaseHttp http, Bulkhead bulkhead, TimeLimiter timeLimiter,
                             CircuitBreaker breaker, Retry retry, ScheduledExecutorService scheduler,
                             MeterRegistry meters) {
        this.http = http;
        this.bulkhead = bulkhead;
        this.timeLimiter = timeLimiter;
        this.breaker = breaker;
        this.retry = retry;
        this.scheduler = scheduler;
        this.meters = meters;
        // Registered up front, so that a dashboard shows 0 transitions rather than no series.
        for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
            meters.counter("lienthong.id_number.breaker_transitions", "to", state.name());
        }
        breaker.getEventPublisher().onStateTransition(event -> {
            log.warn("Population database circuit breaker: {}", event.getStateTransition());
            var toState = event.getStateTransition().getToState();
            meters.counter("lienthong.id_number.breaker_transitions", "to", toState.name()).increment();
            if (toState == CircuitBreaker.State.CLOSED) {
                recoveryListeners.forEach(Runnable::run);
            } else if (toState == CircuitBreaker.State.HALF_OPEN) {
                int permitted = breaker.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState();
                probeListeners.forEach(listener -> listener.accept(permitted));
            }
        });
    }

    /** {@code listener} runs when the breaker closes again after the database was down. */
    public void onRecovery(Runnable listener) {
        recoveryListeners.add(listener);
    }

    /**
     * {@code listener} is told how many calls may probe the database when the breaker half-opens,
     * so that many waiting attempts can be made due instead of waiting out their pauses.
     */
    public void onProbe(java.util.function.IntConsumer listener) {
        probeListeners.add(listener);
    }

    @Override
    public IdNumberOutcome assignIdNumber(UUID requestId, DossierForm form, DuplicateReview distinctChild,
                                          boolean checkParents) {
        IdNumberOutcome outcome = call("assign", () -> http.assign(requestId, form, distinctChild, checkParents),
                IdNumberOutcome.TransientFailure::new);
        countAssignment(outcome);
        return outcome;
    }

    /**
     * One request for several numbers ({@code assign_batch}): the bulkhead, the time limit, the
     * breaker and the quick retries count and bound it as one call. One request goes as a single
     * one, and so does each while the breaker is half open: it closes again only after as many
     * calls as it lets through to probe the database, which one batch would not make.
     */
    @Override
    public List<IdNumberOutcome> assignIdNumbers(List<NumberRequest> requests) {
        if (requests.size() == 1 || breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            return requests.stream().map(one -> assignIdNumber(one.requestId(), one.form(), one.distinctChild(),
                    one.checkParents())).toList();
        }
        List<IdNumberOutcome> outcomes = call("assign_batch", () -> http.assignAll(requests),
                reason -> Collections.nCopies(requests.size(), new IdNumberOutcome.TransientFailure(reason)));
        outcomes.forEach(this::countAssignment);
        return outcomes;
    }

    /** Each child's outcome, counted alike whether it was asked for alone or in a batch. */
    private void countAssignment(IdNumberOutcome outcome) {
        meters.counter("lienthong.id_number.attempts", "operation", "assign", "outcome", kind(outcome)).increment();
    }

    @Override
    public CitizenLookup findCitizen(String personalIdNumber) {
        CitizenLookup lookup = call("lookup", () -> http.findCitizen(personalIdNumber),
                reason -> new CitizenLookup.Failed(new IdNumberOutcome.TransientFailure(reason)));
        String outcome = lookup instanceof CitizenLookup.Failed failed ? kind(failed.outcome())
                : lookup instanceof CitizenLookup.Found ? "found" : "not_found";
        meters.counter("lienthong.id_number.attempts", "operation", "lookup", "outcome", outcome).increment();
        return lookup;
    }

    @Override
    public CallOutcome recordDeath(UUID requestId, String personalIdNumber, LocalDate dateOfDeath,
                                   String deathExtractNumber) {
        CallOutcome outcome = call("record_death", () -> http.recordDeath(requestId, personalIdNumber, dateOfDeath, deathExtractNumber),
                CallOutcome.TransientFailure::new);
        String kind = outcome instanceof CallOutcome.TransientFailure failure
                ? "transient_" + failure.reason().code().toLowerCase()
                : outcome.getClass().getSimpleName().toLowerCase();
        meters.counter("lienthong.id_number.attempts", "operation", "record_death", "outcome", kind).increment();
        return outcome;
    }

    @Override
    public int callCapacity() {
        return switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> 0;
            case HALF_OPEN -> breaker.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState();
            default -> Integer.MAX_VALUE;
        };
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    /**
     * Times {@code operation} twice: each HTTP exchange, from the request sent to the answer read
     * ({@code lienthong.population_database.exchange}), and the whole call as the step waits for it,
     * a free slot, every exchange and the pauses between retries ({@code lienthong.population_database.call}).
     */
    private <T> T call(String operation, Supplier<CompletableFuture<T>> raw,
                       java.util.function.Function<Reason, T> onFailure) {
        Timer exchanges = meters.timer("lienthong.population_database.exchange", "operation", operation);
        Timer calls = meters.timer("lienthong.population_database.call", "operation", operation);
        long started = System.nanoTime();
        Supplier<CompletionStage<T>> decorated = () -> {
            long sent = System.nanoTime();
            return raw.get().whenComplete((answer, failure) -> exchanges.record(System.nanoTime() - sent,
                    TimeUnit.NANOSECONDS));
        };
        decorated = Bulkhead.decorateCompletionStage(bulkhead, decorated);
        decorated = TimeLimiter.decorateCompletionStage(timeLimiter, scheduler, decorated);
        decorated = CircuitBreaker.decorateCompletionStage(breaker, decorated);
        decorated = Retry.decorateCompletionStage(retry, scheduler, decorated);
        try {
            return decorated.get().toCompletableFuture().join();
        } catch (CompletionException e) {
            return onFailure.apply(reason(e.getCause() == null ? e : e.getCause()));
        } catch (RuntimeException e) {
            return onFailure.apply(reason(e));
        } finally {
            calls.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static Reason reason(Throwable failure) {
        if (failure instanceof TransientCallException transientCall) {
            return transientCall.reason();
        }
        if (failure instanceof CallNotPermittedException) {
            return new Reason("CIRCUIT_OPEN", null, "CSDL quốc gia về dân cư đang không truy cập được; tạm dừng gọi.",
                    "The population database is down; calls are paused.");
        }
        if (failure instanceof BulkheadFullException) {
            return new Reason("TOO_MANY_CALLS", null, "Đang có quá nhiều yêu cầu tới CSDL dân cư.",
                    "Too many calls to the population database are in flight.");
        }
        if (failure instanceof TimeoutException || failure instanceof HttpTimeoutException) {
            return new Reason("TIMEOUT", null, "CSDL quốc gia về dân cư không trả lời kịp thời.",
                    "The population database did not answer in time.");
        }
        if (failure instanceof IOException) {
            return new Reason("CONNECTION_FAILED", null, "Mất kết nối tới CSDL quốc gia về dân cư.",
                    "The connection to the population database failed: " + failure.getClass().getSimpleName());
        }
        return new Reason("CALL_FAILED", null, "Gọi CSDL quốc gia về dân cư thất bại.",
                "The call to the population database failed: " + failure.getClass().getSimpleName());
    }

    private static String kind(IdNumberOutcome outcome) {
        if (outcome instanceof IdNumberOutcome.TransientFailure failure) {
            return "transient_" + failure.reason().code().toLowerCase();
        }
        if (outcome instanceof IdNumberOutcome.Assigned) {
            return "assigned";
        }
        if (outcome instanceof IdNumberOutcome.InvalidData) {
            return "invalid_data";
        }
        if (outcome instanceof IdNumberOutcome.PossibleDuplicate) {
            return "possible_duplicate";
        }
        if (outcome instanceof IdNumberOutcome.ParentsDiffer) {
            return "parents_differ";
        }
        return outcome instanceof IdNumberOutcome.PermissionDenied ? "permission_denied" : "other";
    }
}
