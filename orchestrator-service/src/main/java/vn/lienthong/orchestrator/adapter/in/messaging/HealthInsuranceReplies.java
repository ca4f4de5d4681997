package vn.lienthong.orchestrator.adapter.in.messaging;

import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRefused;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRejected;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardRejected;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The replies of social insurance ({@code health-insurance.replies}): HealthInsuranceCardIssued |
 * HealthInsuranceCardRejected (3-in-1); FuneralAllowanceGranted | FuneralAllowanceRefused (a decision: both
 * complete the step) | FuneralAllowanceRejected (death group).
 */
public class HealthInsuranceReplies extends AgencyReplies {

    public HealthInsuranceReplies(MessageBatches batches, MessageCodec codec, ReplyMapper mapper,
                                  RecordAgencyReplyUseCase replies) {
        super(batches, codec, mapper, replies);
    }

    @Override
    protected boolean handle(Object reply) {
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
        if (reply instanceof FuneralAllowanceGranted granted) {
            replies.completed(dossier(granted.dossierId(), granted.commandId()), granted.commandId(),
                    DeathReplies.granted(granted));
            return true;
        }
        if (reply instanceof FuneralAllowanceRefused refused) {
            // A reasoned refusal is social insurance's decision: it completes the step with it.
            replies.completed(dossier(refused.dossierId(), refused.commandId()), refused.commandId(),
                    DeathReplies.refused(refused));
            return true;
        }
        if (reply instanceof FuneralAllowanceRejected rejected) {
            replies.rejected(dossier(rejected.dossierId(), rejected.commandId()), Step.FUNERAL_ALLOWANCE,
                    rejected.commandId(), mapper.reasons(rejected.reasons()));
            return true;
        }
        return false;
    }
}
