package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.messaging.Outbox;
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

    public ResidenceProxy(Outbox outbox, AgencyMessageMapper mapper) {
        super(List.of(Step.RESIDENCE, Step.RESIDENCE_REMOVAL), ResidenceTopics.COMMANDS, outbox, mapper);
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
}
