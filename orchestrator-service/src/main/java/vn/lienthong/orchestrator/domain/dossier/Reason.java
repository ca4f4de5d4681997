package vn.lienthong.orchestrator.domain.dossier;

/**
 * Why a step stopped or failed: a stable code, the dossier field concerned (or null) and the
 * explanation in Vietnamese and English. The messages go to everyone who may read the dossier, the
 * applicant included, and into its history and status events, so they never quote what another
 * register holds. Where a dossier's value differs from the population database's, the two values
 * are kept apart in {@code declaredValue} and {@code registeredValue} (null otherwise), for the
 * commune's staff only.
 */
public record Reason(String code, String field, String messageVi, String messageEn, String declaredValue,
                     String registeredValue) {

    public Reason(String code, String field, String messageVi, String messageEn) {
        this(code, field, messageVi, messageEn, null, null);
    }

    /** Whether the reason holds a declared and a registered value, which only the commune's staff may see. */
    public boolean holdsRegisteredValue() {
        return declaredValue != null || registeredValue != null;
    }

    /** The reason as anyone may see it: the field named, neither value. */
    public Reason withoutValues() {
        return holdsRegisteredValue() ? new Reason(code, field, messageVi, messageEn) : this;
    }
}
