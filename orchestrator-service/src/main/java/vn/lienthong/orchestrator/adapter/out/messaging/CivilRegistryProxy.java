package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.UUID;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** The civil-status database: RegisterBirth → BirthRegistered | BirthRegistrationRejected. */
public class CivilRegistryProxy extends AgencyProxy {

    public CivilRegistryProxy(Outbox outbox, MessageCodec codec, AgencyMessageMapper mapper) {
        super(Step.BIRTH_REGISTRATION, CivilRegistryTopics.COMMANDS, outbox, codec, mapper);
    }

    @Override
    protected Object command(UUID commandId, Dossier dossier) {
        return mapper.registerBirth(commandId, dossier.id().value(), dossier.results().personalIdNumber(),
                dossier.originalBirthStatementSeen(), dossier.form());
    }

    @Override
    protected boolean handle(Object reply, RecordAgencyReplyUseCase replies) {
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
        return false;
    }
}
