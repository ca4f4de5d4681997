package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/**
 * The civil-status database: RegisterBirth → BirthRegistered | BirthRegistrationRejected (3-in-1);
 * RegisterDeath → DeathRegistered | DeathRegistrationRejected (death group).
 */
public class CivilRegistryProxy extends AgencyProxy {

    public CivilRegistryProxy(Outbox outbox, AgencyMessageMapper mapper) {
        super(List.of(Step.BIRTH_REGISTRATION, Step.DEATH_REGISTRATION), CivilRegistryTopics.COMMANDS, outbox, mapper);
    }

    @Override
    protected Object command(Step step, UUID commandId, Dossier dossier) {
        if (step == Step.DEATH_REGISTRATION) {
            return DeathMessages.registerDeath(commandId, dossier);
        }
        return mapper.registerBirth(commandId, dossier.id().value(), dossier.results().personalIdNumber(),
                dossier.originalBirthStatementSeen(), dossier.form(DossierForm.class));
    }
}
