package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * Social insurance: IssueChildHealthInsuranceCard → HealthInsuranceCardIssued | HealthInsuranceCardRejected
 * (3-in-1); AssessFuneralAllowance → FuneralAllowanceGranted | FuneralAllowanceRefused (a decision: both
 * complete the step) | FuneralAllowanceRejected (death group).
 */
public class HealthInsuranceProxy extends AgencyProxy {

    public HealthInsuranceProxy(Outbox outbox, AgencyMessageMapper mapper) {
        super(List.of(Step.HEALTH_INSURANCE, Step.FUNERAL_ALLOWANCE), HealthInsuranceTopics.COMMANDS, outbox, mapper);
    }

    @Override
    protected Object command(Step step, UUID commandId, Dossier dossier) {
        if (step == Step.FUNERAL_ALLOWANCE) {
            return DeathMessages.assessFuneralAllowance(commandId, dossier);
        }
        return mapper.issueChildHealthInsuranceCard(commandId, dossier.id().value(),
                dossier.results().personalIdNumber(), dossier.form(DossierForm.class));
    }
}
