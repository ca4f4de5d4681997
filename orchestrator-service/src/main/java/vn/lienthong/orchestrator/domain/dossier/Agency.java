package vn.lienthong.orchestrator.domain.dossier;

/**
 * The agencies the procedures ask. Ops may pause the automatic requests to one of them; the pause
 * holds every step the agency does, in whichever procedure (the declarations say which steps).
 */
public enum Agency {
    /** National population database (CSDLQG về dân cư), reached over HTTP. */
    POPULATION_DATABASE,
    /** Civil-status database (Ministry of Justice), reached over Kafka. */
    CIVIL_REGISTRY,
    /** Police residence database, reached over Kafka. */
    RESIDENCE,
    /** Vietnam Social Security (health insurance, and social-insurance benefits), reached over Kafka. */
    HEALTH_INSURANCE
}
