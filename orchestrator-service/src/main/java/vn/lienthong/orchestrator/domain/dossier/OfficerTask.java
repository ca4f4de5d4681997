package vn.lienthong.orchestrator.domain.dossier;

import java.util.Objects;

/**
 * What a dossier waiting for an officer asks of the officer, as the officers' queue names it: the
 * kind of the required action and the code of its first reason tell.
 */
public enum OfficerTask {
    /** A birth outside a health facility: the officer sees the original written statement. */
    ORIGINAL_BIRTH_STATEMENT(RequiredAction.Kind.OFFICER, "ORIGINAL_BIRTH_STATEMENT_REQUIRED"),
    /** The parents differ from the population database: the officer confirms or corrects them. */
    PARENT_DATA_REVIEW(RequiredAction.Kind.REVIEW, "PARENT_DATA_MISMATCH"),
    /** No number in time: the officer obtains it from the commune police and records it. */
    ID_NUMBER_FROM_COMMUNE_POLICE(RequiredAction.Kind.OFFICER, "OBTAIN_NUMBER_FROM_COMMUNE_POLICE"),
    /** The population database refused this system access: the officer sorts the permission out. */
    PERMISSION_REFUSED(RequiredAction.Kind.OFFICER, "PERMISSION_DENIED"),
    /** The child may already be a citizen: the officer decides whether it is the same child. */
    POSSIBLE_DUPLICATE(RequiredAction.Kind.REVIEW, PossibleDuplicate.CODE),
    /** Any other action of an officer. */
    OTHER(null, null);

    private final RequiredAction.Kind kind;
    private final String code;

    OfficerTask(RequiredAction.Kind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    /** The kind of required action this task is (null for {@link #OTHER}). */
    public RequiredAction.Kind kind() {
        return kind;
    }

    /** The code of the required action's first reason (null for {@link #OTHER}). */
    public String code() {
        return code;
    }

    /** Whether an action of {@code kind} waits for an officer. */
    public static boolean forOfficer(RequiredAction.Kind kind) {
        return kind == RequiredAction.Kind.OFFICER || kind == RequiredAction.Kind.REVIEW;
    }

    /** The task an officer's required action is; null when the action is not an officer's. */
    public static OfficerTask of(RequiredAction.Kind kind, String firstReasonCode) {
        if (!forOfficer(kind)) {
            return null;
        }
        for (OfficerTask task : values()) {
            if (task.kind == kind && Objects.equals(task.code, firstReasonCode)) {
                return task;
            }
        }
        return OTHER;
    }
}
