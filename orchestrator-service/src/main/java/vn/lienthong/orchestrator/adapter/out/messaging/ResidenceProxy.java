package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.NoPermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemovalRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/**
 * The residence database: RegisterPermanentResidence → PermanentResidenceRegistered |
 * PermanentResidenceRejected (3-in-1); RemovePermanentResidence → PermanentResidenceRemoved |
 * NoPermanentResidenceRegistered (both complete the step) | PermanentResidenceRemovalRejected (death group).
 */
public class ResidenceProxy extends AgencyProxy {

    public ResidenceProxy(Outbox outbox, MessageCodec codec, AgencyMessageMapper mapper) {
        super(List.of(Step.RESIDENCE, Step.RESIDENCE_REMOVAL), ResidenceTopics.COMMANDS, outbox, codec, mapper);
    }

    @Override
    protected Object command(Step step, UUID commandId, Dossier dossier) {
        if (step == Step.RESIDENCE_REMOVAL) {
            return DeathMessages.removePermanentResidence(commandId, dossier);
        }
        return mapper.registerPermanentResidence(commandId, dossier.id().value(), dossier.results().personalIdNumber(),
                dossier.results().of(Step.BIRTH_REGISTRATION, StepResult.BirthRegistered.class).birthCertificateNumber(),
                dossier.form(DossierForm.class));
    }

    @Override
    protected boolean handle(Object reply, RecordAgencyReplyUseCase replies) {
        if (reply instanceof PermanentResidenceRegistered registered) {
            replies.completed(dossier(registered.dossierId(), registered.commandId()), registered.commandId(),
                    mapper.residenceRegistered(registered));
            return true;
        }
        if (reply instanceof PermanentResidenceRejected rejected) {
            replies.rejected(dossier(rejected.dossierId(), rejected.commandId()), Step.RESIDENCE,
                    rejected.commandId(), mapper.reasons(rejected.reasons()));
            return true;
        }
        if (reply instanceof PermanentResidenceRemoved removed) {
            replies.completed(dossier(removed.dossierId(), removed.commandId()), removed.commandId(),
                    DeathMessages.removed(removed));
            return true;
        }
        if (reply instanceof NoPermanentResidenceRegistered none) {
            replies.completed(dossier(none.dossierId(), none.commandId()), none.commandId(),
                    DeathMessages.nothingToRemove(none));
            return true;
        }
        if (reply instanceof PermanentResidenceRemovalRejected rejected) {
            replies.rejected(dossier(rejected.dossierId(), rejected.commandId()), Step.RESIDENCE_REMOVAL,
                    rejected.commandId(), mapper.reasons(rejected.reasons()));
            return true;
        }
        return false;
    }
}
