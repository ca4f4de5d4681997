package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides whether a well-formed declaration may be registered, before any register entry is spent on it. */
public final class BirthRegistrationPolicy {

    private BirthRegistrationPolicy() {
    }

    /**
     * The reasons to refuse, empty when the birth may be registered. {@code sameChild} is a
     * registration the store found for the same child, if any.
     */
    public static List<Refusal> refusals(BirthDeclaration declaration, LocalDate registrationDay,
                                         Optional<BirthRegistration> sameChild) {
        List<Refusal> refusals = new ArrayList<>();
        if (declaration.child().dateOfBirth().isAfter(registrationDay)) {
            refusals.add(Refusal.dateOfBirthAfterRegistration());
        }
        // Without a hospital's record, the law asks for the original statement of the birth, seen by an officer.
        if (!declaration.child().bornInHealthFacility() && !declaration.originalBirthStatementSeen()) {
            refusals.add(Refusal.originalBirthStatementRequired());
        }
        sameChild.filter(other -> !other.dossierId().equals(declaration.dossierId()))
                .filter(other -> other.declaration().isSameChildAs(declaration))
                .ifPresent(other -> refusals.add(Refusal.duplicateBirth(other.declaration().isSameBirthAs(declaration)
                        ? Refusal.MEDICAL_BIRTH_CERTIFICATE_NUMBER : Refusal.CHILD_PERSONAL_ID_NUMBER)));
        return refusals;
    }
}
