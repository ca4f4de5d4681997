package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRefused;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRejected;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardRejected;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * Social insurance: IssueChildHealthInsuranceCard → HealthInsuranceCardIssued | HealthInsuranceCardRejected
 * (3-in-1); AssessFuneralAllowance → FuneralAllowanceGranted | FuneralAllowanceRefused (a decision: both
 * complete the step) | FuneralAllowanceRejected (death group).
 */
public class HealthInsuranceProxy extends AgencyProxy {

    public HealthInsuranceProxy(Outbox outbox, MessageCodec codec, AgencyMessageMapper mapper) {
        super(List.of(Step.HEALTH_INSURANCE, Step.FUNERAL_ALLOWANCE), HealthInsuranceTopics.COMMANDS, outbox, codec, mapper);
    }

    @Override
    protected Object command(Step step, UUID commandId, Dossier dossier) {
        if (step == Step.FUNERAL_ALLOWANCE) {
            return DeathMessages.assessFuneralAllowance(commandId, dossier);
        }
        return mapper.issueChildHealthInsuranceCard(commandId, dossier.id().value(),
                dossier.results().personalIdNumber(), dossier.form(DossierForm.class));
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
        if (reply instanceof FuneralAllowanceGranted granted) {
            replies.completed(dossier(granted.dossierId(), granted.commandId()), granted.commandId(),
                    DeathMessages.granted(granted));
            return true;
        }
        if (reply instanceof FuneralAllowanceRefused refused) {
            // A reasoned refusal is social insurance's decision: it completes the step with it.
            replies.completed(dossier(refused.dossierId(), refused.commandId()), refused.commandId(),
                    DeathMessages.refused(refused));
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
