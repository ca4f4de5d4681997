package vn.lienthong.contracts.idnumber;

/** Paths of the population database's HTTP API. */
public final class IdNumberApi {

    /** POST an {@link AssignPersonalIdNumber}; answers a {@link PersonalIdNumberAssigned}. */
    public static final String ASSIGN = "/api/v1/personal-id-numbers";

    /** GET one citizen by personal ID number; answers a {@link CitizenRecord}. */
    public static final String CITIZEN = "/api/v1/citizens/{personalIdNumber}";

    private IdNumberApi() {
    }
}
