package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.List;
import java.util.UUID;

import vn.lienthong.messaging.Outbox;
import vn.lienthong.orchestrator.application.port.out.AgencyRequests;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * What the saga sends one agency reached over Kafka: its command topic and how to build its
 * commands. Commands leave through the outbox, so they are sent exactly when the dossier's change
 * commits. The agency's replies come back through {@code adapter.in.messaging}.
 */
public abstract class AgencyProxy implements AgencyRequests {

    protected final AgencyMessageMapper mapper;
    private final Outbox outbox;
    private final String commandTopic;
    private final List<Step> steps;

    protected AgencyProxy(List<Step> steps, String commandTopic, Outbox outbox, AgencyMessageMapper mapper) {
        this.steps = List.copyOf(steps);
        this.commandTopic = commandTopic;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public List<Step> steps() {
        return steps;
    }

    @Override
    public void send(Step step, UUID commandId, Dossier dossier) {
        outbox.send(commandTopic, dossier.id().toString(), command(step, commandId, dossier));
    }

    /** The step's command, built from the dossier's form and its earlier steps' results. */
    protected abstract Object command(Step step, UUID commandId, Dossier dossier);
}
