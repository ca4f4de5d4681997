package vn.lienthong.orchestrator.domain.form;

/**
 * Register the child as a permanent resident where this parent is. {@code householdHeadConsent}
 * records the head's consent, needed when the parent does not head the household.
 */
public record ResidenceRequest(
        String parentPersonalIdNumber,
        String communeCode,
        String addressLine,
        boolean householdHeadConsent) {
}
