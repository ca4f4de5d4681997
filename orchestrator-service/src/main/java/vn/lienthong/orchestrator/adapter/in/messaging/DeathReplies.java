package vn.lienthong.orchestrator.adapter.in.messaging;

import vn.lienthong.contracts.healthinsurance.SurvivorsBenefitsNotice;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRefused;
import vn.lienthong.contracts.residence.replies.NoPermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;
import vn.lienthong.orchestrator.domain.death.DeathResults;

/** The death procedure's agencies' replies as the dossier's results. */
final class DeathReplies {

    private DeathReplies() {
    }

    static DeathResults.DeathRegistered deathRegistered(
            vn.lienthong.contracts.civilregistry.replies.DeathRegistered reply) {
        return new DeathResults.DeathRegistered(reply.registerVolume(), reply.entryNumber(), reply.deathExtractNumber(),
                reply.registeredOn(), reply.lateRegistration());
    }

    static DeathResults.ResidenceRemoved removed(PermanentResidenceRemoved reply) {
        return new DeathResults.ResidenceRemoved(DeathResults.ResidenceRemoved.Outcome.REMOVED, reply.householdNumber(),
                reply.communeCode(), reply.registeredAddress(), reply.deceasedWasHead(), reply.householdNeedsNewHead(),
                reply.remainingMembers(), reply.removedOn(), null, null);
    }

    static DeathResults.ResidenceRemoved nothingToRemove(NoPermanentResidenceRegistered reply) {
        return new DeathResults.ResidenceRemoved(DeathResults.ResidenceRemoved.Outcome.NO_PERMANENT_RESIDENCE, null,
                null, null, false, false, 0, reply.checkedOn(), reply.messageVi(), reply.messageEn());
    }

    static DeathResults.FuneralAllowanceDecided granted(FuneralAllowanceGranted reply) {
        return new DeathResults.FuneralAllowanceDecided(DeathResults.FuneralAllowanceDecided.Decision.GRANTED,
                reply.amountVnd(), reply.referenceLevelVnd(), reply.referenceLevelEffectiveFrom(), reply.multiple(),
                reply.qualification(), null, null, null, null, reply.legalBasis(), reply.paymentMethod(),
                reply.decidedOn(), reply.lateClaim(), survivors(reply.survivorsBenefits()));
    }

    static DeathResults.FuneralAllowanceDecided refused(FuneralAllowanceRefused reply) {
        return new DeathResults.FuneralAllowanceDecided(DeathResults.FuneralAllowanceDecided.Decision.REFUSED,
                null, null, null, null, null, reply.code(), reply.otherScheme(), reply.messageVi(), reply.messageEn(),
                reply.legalBasis(), null, reply.decidedOn(), false, survivors(reply.survivorsBenefits()));
    }

    private static boolean survivors(SurvivorsBenefitsNotice notice) {
        return notice != null && (notice.monthlyMayBeClaimed() || notice.oneTimeMayBeClaimed());
    }
}
