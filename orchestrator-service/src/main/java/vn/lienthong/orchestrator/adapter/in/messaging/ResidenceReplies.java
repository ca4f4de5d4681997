package vn.lienthong.orchestrator.adapter.in.messaging;

import vn.lienthong.contracts.residence.replies.NoPermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemovalRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The replies of the residence database ({@code residence.replies}): PermanentResidenceRegistered |
 * PermanentResidenceRejected (3-in-1); PermanentResidenceRemoved | NoPermanentResidenceRegistered (both
 * complete the step) | PermanentResidenceRemovalRejected (death group).
 */
public class ResidenceReplies extends AgencyReplies {

    public ResidenceReplies(MessageBatches batches, MessageCodec codec, ReplyMapper mapper,
                            RecordAgencyReplyUseCase replies) {
        super(batches, codec, mapper, replies);
    }

    @Override
    protected boolean handle(Object reply) {
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
                    DeathReplies.removed(removed));
            return true;
        }
        if (reply instanceof NoPermanentResidenceRegistered none) {
            replies.completed(dossier(none.dossierId(), none.commandId()), none.commandId(),
                    DeathReplies.nothingToRemove(none));
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
