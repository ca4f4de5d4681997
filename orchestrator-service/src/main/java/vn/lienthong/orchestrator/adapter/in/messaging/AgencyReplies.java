package vn.lienthong.orchestrator.adapter.in.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.UnreadableMessageException;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.DossierId;

/**
 * One agency's reply topic: each poll's replies handled in one transaction, each reply decoded and
 * passed to the saga through {@link RecordAgencyReplyUseCase}. A reply that is not one of this
 * agency's fails, and is dead-lettered by the batch handling.
 */
public abstract class AgencyReplies implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(AgencyReplies.class);

    protected final RecordAgencyReplyUseCase replies;
    protected final ReplyMapper mapper;
    private final MessageBatches batches;
    private final MessageCodec codec;

    protected AgencyReplies(MessageBatches batches, MessageCodec codec, ReplyMapper mapper,
                            RecordAgencyReplyUseCase replies) {
        this.batches = batches;
        this.codec = codec;
        this.mapper = mapper;
        this.replies = replies;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        batches.handle(batch, keys -> replies.beforeReplies(dossiersOf(keys)), this::receive);
    }

    private void receive(Message<byte[]> message) {
        Object reply = codec.decode(message);
        if (!handle(reply)) {
            throw new UnreadableMessageException(reply.getClass().getSimpleName() + " is not a reply of "
                    + getClass().getSimpleName());
        }
    }

    /**
     * The dossiers replies are about, from their Kafka keys (a dossier's messages are keyed by its
     * id); a key that is not a dossier id is left out, and its reply fails where it is handled.
     */
    static List<DossierId> dossiersOf(List<String> kafkaKeys) {
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
    protected abstract boolean handle(Object reply);

    protected static DossierId dossier(UUID dossierId, UUID commandId) {
        if (dossierId == null || commandId == null) {
            throw new UnreadableMessageException("a reply needs a dossierId and a commandId");
        }
        log.debug("Reply to command {} of dossier {}", commandId, dossierId);
        return new DossierId(dossierId);
    }
}
