package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.UUID;

import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardRejected;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** Social insurance: IssueChildHealthInsuranceCard → HealthInsuranceCardIssued | HealthInsuranceCardRejected. */
public class HealthInsuranceProxy extends AgencyProxy {

    public HealthInsuranceProxy(Outbox outbox, MessageCodec codec, AgencyMessageMapper mapper) {
        super(Step.HEALTH_INSURANCE, HealthInsuranceTopics.COMMANDS, outbox, codec, mapper);
    }

    @Override
    protected Object command(UUID commandId, Dossier dossier) {
        return mapper.issueChildHealthInsuranceCard(commandId, dossier.id().value(),
                dossier.results().personalIdNumber(), dossier.form());
    }

    @Override
    protected boolean handle(Object reply, RecordAgencyReplyUseCase replies) {
        if (reply instanceof HealthInsuranceCardIssued issued) {
            replies.completed(dossier(issued.dossierId(), issued.commandId()), issued.commandId(),
                    mapper.cardIssued(issued));
            return true;
        }
        if (reply instanceof HealthInsuranceCardRejected rejected) {
            replies.rejected(dossier(rejected.dossierId(), rejected.commandId()), Step.HEALTH_INSURANCE,
                    rejected.commandId(), mapper.reasons(rejected.reasons()));
            return true;
        }
        return false;
    }
}
