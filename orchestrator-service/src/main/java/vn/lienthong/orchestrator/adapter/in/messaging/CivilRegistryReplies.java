package vn.lienthong.orchestrator.adapter.in.messaging;

import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistered;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistrationRejected;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The replies of the civil-status database ({@code civil-registry.replies}): BirthRegistered |
 * BirthRegistrationRejected (3-in-1); DeathRegistered | DeathRegistrationRejected (death group).
 */
public class CivilRegistryReplies extends AgencyReplies {

    public CivilRegistryReplies(MessageBatches batches, MessageCodec codec, ReplyMapper mapper,
                                RecordAgencyReplyUseCase replies) {
        super(batches, codec, mapper, replies);
    }

    @Override
    protected boolean handle(Object reply) {
        if (reply instanceof BirthRegistered registered) {
            replies.completed(dossier(registered.dossierId(), registered.commandId()), registered.commandId(),
                    mapper.birthRegistered(registered));
            return true;
        }
        if (reply instanceof BirthRegistrationRejected rejected) {
            replies.rejected(dossier(rejected.dossierId(), rejected.commandId()), Step.BIRTH_REGISTRATION,
                    rejected.commandId(), mapper.reasons(rejected.reasons()));
            return true;
        }
        if (reply instanceof DeathRegistered registered) {
            replies.completed(dossier(registered.dossierId(), registered.commandId()), registered.commandId(),
                    DeathReplies.deathRegistered(registered));
            return true;
        }
        if (reply instanceof DeathRegistrationRejected rejected) {
            replies.rejected(dossier(rejected.dossierId(), rejected.commandId()), Step.DEATH_REGISTRATION,
                    rejected.commandId(), mapper.reasons(rejected.reasons()));
            return true;
        }
        return false;
    }
}
