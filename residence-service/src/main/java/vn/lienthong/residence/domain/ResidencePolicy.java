package vn.lienthong.residence.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a minor child may be registered: in the household, at the declared address, of a parent
 * who is a permanent resident there; into a household the parent does not head only with the
 * head's consent (Law on Residence 2020, Art. 20).
 */
public final class ResidencePolicy {

    private ResidencePolicy() {
    }

    /**
     * The reasons to refuse, empty when the child may join {@code parentsHousehold}. Each check
     * needs the one before it to pass, so at most one reason is given.
     *
     * @param addressHasHouseholds whether any household is registered at the declared address
     * @param parentsHousehold     the household the parent is a member of, wherever it is
     * @param atAddress            whether a household is registered at the declared address
     */
    public static List<Refusal> refusals(boolean addressHasHouseholds, Optional<Household> parentsHousehold,
                                         Predicate<Household> atAddress, PersonalIdNumber parent,
                                         boolean householdHeadConsent) {
        if (!addressHasHouseholds) {
            return List.of(Refusal.householdNotFound());
        }
        Optional<Household> joined = parentsHousehold.filter(atAddress);
        if (joined.isEmpty()) {
            return List.of(Refusal.parentNotRegisteredAtAddress(parentsHousehold.isPresent()));
        }
        if (!joined.get().isHead(parent) && !householdHeadConsent) {
            return List.of(Refusal.householdHeadConsentRequired());
        }
        return List.of();
    }
}
