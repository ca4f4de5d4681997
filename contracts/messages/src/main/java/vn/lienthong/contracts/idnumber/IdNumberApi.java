package vn.lienthong.contracts.idnumber;

/** Paths of the population database's HTTP API, and the problem codes a caller must tell apart. */
public final class IdNumberApi {

    /** POST an {@link AssignPersonalIdNumber}; answers a {@link PersonalIdNumberAssigned}. */
    public static final String ASSIGN = "/api/v1/personal-id-numbers";

    /**
     * POST an {@link AssignPersonalIdNumbers}; answers {@code 200} with {@link PersonalIdNumberAnswers},
     * each request answered as {@link #ASSIGN} would have answered it alone.
     */
    public static final String ASSIGN_BATCH = "/api/v1/personal-id-numbers/batch";

    /** The most requests one {@link AssignPersonalIdNumbers} may carry. */
    public static final int MAX_BATCH = 100;

    /**
     * GET one citizen by personal ID number; answers a {@link CitizenRecord}. Used to verify a number
     * the commune police issued by hand, for the death procedure and for bulk verification; a
     * newborn's parents are checked in the assignment request itself.
     */
    public static final String CITIZEN = "/api/v1/citizens/{personalIdNumber}";

    /** POST a {@link RecordDeath}; answers a {@link DeathRecorded}. */
    public static final String DEATHS = "/api/v1/deaths";

    /**
     * The code of the {@code 409} problem answering a request for a newborn who matches an earlier
     * citizen. Besides {@code errors}, the problem carries {@code code} (this),
     * {@code existingPersonalIdNumber} (masked, e.g. {@code 0753******04}) and {@code matchedFields}
     * (the request's field names).
     */
    public static final String POSSIBLE_DUPLICATE_CITIZEN = "POSSIBLE_DUPLICATE_CITIZEN";

    /**
     * The code of the {@code 409} problem answering an {@link AssignPersonalIdNumber} that asked for
     * the parents' check ({@link ParentsAsDeclared}) when a declared parent's name or date of birth
     * differs from the record, or the parent is recorded as deceased: no number is issued. Besides
     * {@code errors}, the problem carries {@code code} (this) and {@code parents}, every parent
     * checked as recorded ({@link RegisteredParent}). The same request id gets the same answer again.
     */
    public static final String PARENT_DATA_DIFFERS = "PARENT_DATA_DIFFERS";

    /**
     * The code of the {@code 409} problem answering a {@link RecordDeath} for a citizen whose death
     * is recorded already with another death extract. Besides {@code errors}, the problem carries
     * {@code code} (this) and {@code dateOfDeath}, the date recorded.
     */
    public static final String ALREADY_DECEASED = "ALREADY_DECEASED";

    private IdNumberApi() {
    }
}
