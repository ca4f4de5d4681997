package vn.lienthong.orchestrator.domain.form;

/** The under-6 card, with the facility the family chose for first-line care. */
public record HealthInsuranceRequest(String initialCareFacilityCode) {
}
