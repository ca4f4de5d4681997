package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a well-formed death declaration may be registered, before any register entry is
 * spent on it. Every reason is given at once. Lateness is not a reason: a death declared after the
 * 15 days is registered and flagged, without limit of time (Ministry of Justice, 2020).
 */
public final class DeathRegistrationPolicy {

    private DeathRegistrationPolicy() {
    }

    /**
     * The reasons to refuse, empty when the death may be registered. {@code sameDeceased} is a
     * registration the store found for the same person, if any.
     */
    public static List<Refusal> refusals(DeathDeclaration declaration, LocalDate registrationDay,
                                         Optional<DeathRegistration> sameDeceased) {
        List<Refusal> refusals = new ArrayList<>();
        Death death = declaration.death();
        if (death.dateOfDeath().isAfter(registrationDay)) {
            refusals.add(Refusal.dateOfDeathAfterRegistration());
        }
        if (death.dateOfDeath().isBefore(declaration.deceased().dateOfBirth())) {
            refusals.add(Refusal.dateOfDeathBeforeBirth());
        }
        // Civil Status Law 2014, Art. 32: the last residence's commune, else where the person died.
        if (!declaration.registrationCommune().value().equals(declaration.competentCommuneCode())) {
            refusals.add(Refusal.notCompetentCommune(declaration.deceased().lastResidenceKnown()));
        }
        refusals.addAll(proofRefusals(death));
        if (declaration.declarant().actsUnderAuthorization() && !declaration.declarant().hasAuthorization()) {
            refusals.add(Refusal.authorizationRequired());
        }
        // Art. 5(4): each event is registered once, at one registry.
        sameDeceased.filter(other -> !other.dossierId().equals(declaration.dossierId()))
                .ifPresent(other -> refusals.add(Refusal.deathAlreadyRegistered(other)));
        return refusals;
    }

    /** The proof must be there and fit the place (Decree 123/2015/NĐ-CP, Art. 4(2)). */
    private static List<Refusal> proofRefusals(Death death) {
        DeathProof proof = death.proof();
        if (proof == null || proof.kind() == null) {
            return List.of(Refusal.proofMissing());
        }
        List<Refusal> refusals = new ArrayList<>();
        if (DeathProof.HEALTH_FACILITY_DEATH_NOTICE.equals(proof.kind()) && !death.place().inHealthFacility()) {
            refusals.add(Refusal.facilityNoticeOutsideFacility());
        }
        if (proof.issuedOn() != null && proof.issuedOn().isBefore(death.dateOfDeath())) {
            refusals.add(Refusal.proofIssuedBeforeDeath());
        }
        return refusals;
    }
}
