package vn.lienthong.orchestrator.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.HistoryEntry;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.orchestrator.application.port.model.DossierPage;

/** Stored dossiers. Methods that change dossiers run inside the caller's transaction. */
public interface Dossiers {

    /**
     * Stores a new dossier submitted by the client {@code submittedBy}; false if one with the same
     * portal dossier code exists already.
     */
    boolean add(Dossier dossier, String submittedBy);

    /** Where the dossier is registered and who submitted it, if it exists. */
    Optional<DossierAccess> access(DossierId id);

    /** Loads a dossier and holds it until the transaction ends, so changes to it take turns. */
    Optional<Dossier> lock(DossierId id);

    /**
     * Locks the dossiers that exist among {@code ids} (in one order for every caller) and loads
     * them, so that the {@link #lock} of each that follows in the transaction costs nothing.
     */
    void lockAll(Collection<DossierId> ids);

    Optional<Dossier> find(DossierId id);

    Optional<Dossier> findByPortalDossierCode(String portalDossierCode);

    /** Writes the dossier's changes and its new history. */
    void update(Dossier dossier);

    List<HistoryEntry> history(DossierId id);

    /**
     * Up to {@code max} dossiers whose {@code step} has an attempt due at {@code now}, oldest due
     * first, skipping those another worker holds.
     */
    List<DossierId> dueAttempts(Step step, Instant now, int max);

    /**
     * Makes up to {@code limit} attempts of {@code step} that wait for a later time due at
     * {@code now}, soonest first; returns how many.
     */
    int bringForwardWaitingAttempts(Step step, Instant now, int limit);

    /** Dossiers received at or before {@code cutoff} whose scheduled call {@code step} still waits for an automatic attempt. */
    List<DossierId> waitingForAttemptSince(Step step, Instant cutoff, int max);

    /** Dossiers whose manually recorded number has not been checked yet. */
    List<DossierId> withIdNumberAwaitingVerification(int max);

    /** Dossiers with a supplement due before {@code today}. */
    List<DossierId> withSupplementDueBefore(LocalDate today, int max);

    DossierPage list(DossierFilter filter);
}
