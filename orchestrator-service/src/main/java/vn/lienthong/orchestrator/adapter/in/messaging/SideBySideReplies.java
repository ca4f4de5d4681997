package vn.lienthong.orchestrator.adapter.in.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.UnreadableMessageException;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;

/**
 * The replies of the two agencies whose steps run side by side, residence
 * ({@code residence.replies}) and health insurance ({@code health-insurance.replies}), taken by one
 * consumer. A dossier's two replies come close together, under the same key and so in the same
 * partition of each topic, and usually in one poll: they are recorded in one transaction under one
 * lock of the dossier, where a consumer per topic took two transactions, the second waiting for the
 * first's lock. Each reply is still read by its own topic's agency ({@link ResidenceReplies},
 * {@link HealthInsuranceReplies}): a reply that is not of its topic's agency fails, and is
 * dead-lettered by the batch handling.
 */
public class SideBySideReplies implements Consumer<Message<List<byte[]>>> {

    /** The stage its batches are counted on: {@code consumer residence.replies+health-insurance.replies}. */
    public static final String STAGE = ResidenceTopics.REPLIES + "+" + HealthInsuranceTopics.REPLIES;

    private final MessageBatches batches;
    private final RecordAgencyReplyUseCase replies;
    private final Map<String, AgencyReplies> byTopic = new LinkedHashMap<>();

    public SideBySideReplies(MessageBatches batches, ResidenceReplies residence, HealthInsuranceReplies healthInsurance,
                             RecordAgencyReplyUseCase replies) {
        this.batches = batches;
        this.replies = replies;
        byTopic.put(ResidenceTopics.REPLIES, residence);
        byTopic.put(HealthInsuranceTopics.REPLIES, healthInsurance);
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        batches.handle(batch, STAGE, keys -> replies.beforeReplies(AgencyReplies.dossiersOf(keys)), this::receive);
    }

    private void receive(Message<byte[]> message) {
        Object topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        AgencyReplies agency = byTopic.get(topic);
        if (agency == null) {
            throw new UnreadableMessageException("a reply on " + topic + ", not one of " + byTopic.keySet());
        }
        agency.receive(message);
    }
}
