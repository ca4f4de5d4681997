package vn.lienthong.orchestrator.application.port.out.ops;

/** The state of the circuit breaker in front of the population database, e.g. CLOSED or OPEN. */
public interface PopulationDatabaseBreaker {

    String state();
}
