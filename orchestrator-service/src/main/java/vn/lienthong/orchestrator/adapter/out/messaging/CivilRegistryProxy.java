package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistered;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistrationRejected;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * The civil-status database: RegisterBirth → BirthRegistered | BirthRegistrationRejected (3-in-1);
 * RegisterDeath → DeathRegistered | DeathRegistrationRejected (death group).
 */
public class CivilRegistryProxy extends AgencyProxy {

    public CivilRegistryProxy(Outbox outbox, MessageCodec codec, AgencyMessageMapper mapper) {
        super(List.of(Step.BIRTH_REGISTRATION, Step.DEATH_REGISTRATION), CivilRegistryTopics.COMMANDS, outbox, codec, mapper);
    }

    @Override
    protected Object command(Step step, UUID commandId, Dossier dossier) {
        if (step == Step.DEATH_REGISTRATION) {
            return DeathMessages.registerDeath(commandId, dossier);
        }
        return mapper.registerBirth(commandId, dossier.id().value(), dossier.results().personalIdNumber(),
                dossier.originalBirthStatementSeen(), dossier.form(DossierForm.class));
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
        if (reply instanceof DeathRegistered registered) {
            replies.completed(dossier(registered.dossierId(), registered.commandId()), registered.commandId(),
                    DeathMessages.deathRegistered(registered));
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
