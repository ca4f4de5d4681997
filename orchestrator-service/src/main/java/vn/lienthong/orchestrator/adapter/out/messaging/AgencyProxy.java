package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.Outbox;
import vn.lienthong.messaging.UnreadableMessageException;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.application.port.out.AgencyRequests;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * Everything the saga knows about one agency reached over Kafka: its command topic, how to build
 * its command, and the replies it may send back. Commands leave through the outbox, so they are
 * sent exactly when the dossier's change commits.
 */
public abstract class AgencyProxy implements AgencyRequests {

    private static final Logger log = LoggerFactory.getLogger(AgencyProxy.class);

    protected final AgencyMessageMapper mapper;
    private final Outbox outbox;
    private final MessageCodec codec;
    private final String commandTopic;
    private final List<Step> steps;

    protected AgencyProxy(List<Step> steps, String commandTopic, Outbox outbox, MessageCodec codec,
                          AgencyMessageMapper mapper) {
        this.steps = List.copyOf(steps);
        this.commandTopic = commandTopic;
        this.outbox = outbox;
        this.codec = codec;
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

    /** Receives one reply from the agency's reply topic and passes it to the saga. */
    public void receive(Message<byte[]> message, RecordAgencyReplyUseCase replies) {
        Object reply = codec.decode(message);
        if (!handle(reply, replies)) {
            throw new UnreadableMessageException(reply.getClass().getSimpleName() + " is not a reply to " + steps);
        }
    }

    /**
     * The dossiers replies are about, from their Kafka keys (a dossier's messages are keyed by its
     * id); a key that is not a dossier id is left out, and its reply fails where it is handled.
     */
    public static List<DossierId> dossiersOf(List<String> kafkaKeys) {
        List<DossierId> dossiers = new ArrayList<>(kafkaKeys.size());
        for (String key : kafkaKeys) {
            try {
                dossiers.add(new DossierId(UUID.fromString(key)));
            } catch (IllegalArgumentException notADossierId) {
                // handled, and dead-lettered if need be, with its reply
            }
        }
        return dossiers;
    }

    /** Passes a reply on to the saga; false if it is not one of this agency's replies. */
    protected abstract boolean handle(Object reply, RecordAgencyReplyUseCase replies);

    protected static DossierId dossier(UUID dossierId, UUID commandId) {
        if (dossierId == null || commandId == null) {
            throw new UnreadableMessageException("a reply needs a dossierId and a commandId");
        }
        log.debug("Reply to command {} of dossier {}", commandId, dossierId);
        return new DossierId(dossierId);
    }
}
