package vn.lienthong.orchestrator.domain.dossier;

/** The agency that does each step. Ops may pause the automatic requests to one of them. */
public enum Agency {
    /** National population database (CSDLQG về dân cư), reached over HTTP. */
    POPULATION_DATABASE(Step.ID_NUMBER),
    /** Civil-status database (Ministry of Justice), reached over Kafka. */
    CIVIL_REGISTRY(Step.BIRTH_REGISTRATION),
    /** Police residence database, reached over Kafka. */
    RESIDENCE(Step.RESIDENCE),
    /** Vietnam Social Security, reached over Kafka. */
    HEALTH_INSURANCE(Step.HEALTH_INSURANCE);

    private final Step step;

    Agency(Step step) {
        this.step = step;
    }

    public Step step() {
        return step;
    }

    public static Agency doing(Step step) {
        for (Agency agency : values()) {
            if (agency.step == step) {
                return agency;
            }
        }
        throw new IllegalArgumentException("no agency does " + step);
    }
}
