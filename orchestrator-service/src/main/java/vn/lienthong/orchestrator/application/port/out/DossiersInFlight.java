package vn.lienthong.orchestrator.application.port.out;

/**
 * How many dossiers the system has accepted and is still working on: received or in progress, not
 * finished and not waiting for a person (an applicant's supplement or an officer).
 */
public interface DossiersInFlight {

    long count();
}
