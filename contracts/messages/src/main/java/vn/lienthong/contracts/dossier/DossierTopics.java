package vn.lienthong.contracts.dossier;

/** Kafka topics of the orchestrator. Records are keyed by dossier id. */
public final class DossierTopics {

    /** One {@code DossierStatusChanged} per change of a dossier's or a step's status. */
    public static final String STATUS_CHANGES = "dossier.status-changes";

    private DossierTopics() {
    }
}
