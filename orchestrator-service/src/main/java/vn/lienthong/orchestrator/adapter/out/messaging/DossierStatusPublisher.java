package vn.lienthong.orchestrator.adapter.out.messaging;

import java.time.Instant;
import java.util.UUID;

import vn.lienthong.contracts.dossier.DossierTopics;
import vn.lienthong.contracts.dossier.events.DossierStatusChanged;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.out.DossierEvents;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;

/** Publishes each status change on {@link DossierTopics#STATUS_CHANGES}, keyed by dossier id. */
public class DossierStatusPublisher implements DossierEvents {

    private final Outbox outbox;

    public DossierStatusPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void statusChanged(Dossier dossier) {
        var event = new DossierStatusChanged(
                UUID.randomUUID(),
                dossier.id().value(),
                dossier.form().portalDossierCode(),
                dossier.form().registrationCommuneCode(),
                dossier.version(),
                dossier.status().name(),
                dossier.steps().stream()
                        .map(step -> new DossierStatusChanged.StepStatus(step.step().name(), step.status().name()))
                        .toList(),
                dossier.requiredActions().stream().map(DossierStatusPublisher::requiredAction).toList(),
                Instant.now());
        outbox.send(DossierTopics.STATUS_CHANGES, dossier.id().toString(), event);
    }

    private static DossierStatusChanged.RequiredAction requiredAction(RequiredAction action) {
        return new DossierStatusChanged.RequiredAction(action.kind().name(), action.step().name(), action.messageVi(),
                action.messageEn(), action.dueDate() == null ? null : action.dueDate().toString());
    }
}
