package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.UUID;

import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/** The residence database: RegisterPermanentResidence → PermanentResidenceRegistered | PermanentResidenceRejected. */
public class ResidenceProxy extends AgencyProxy {

    public ResidenceProxy(Outbox outbox, MessageCodec codec, AgencyMessageMapper mapper) {
        super(Step.RESIDENCE, ResidenceTopics.COMMANDS, outbox, codec, mapper);
    }

    @Override
    protected Object command(UUID commandId, Dossier dossier) {
        return mapper.registerPermanentResidence(commandId, dossier.id().value(), dossier.results().personalIdNumber(),
                dossier.results().of(Step.BIRTH_REGISTRATION, StepResult.BirthRegistered.class).birthCertificateNumber(), dossier.form());
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
        return false;
    }
}
