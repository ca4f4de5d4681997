package vn.lienthong.orchestrator.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.UnreadableMessageException;
import vn.lienthong.orchestrator.application.port.in.RecordAgencyReplyUseCase;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/** An agency's replies reach the saga through its port, read as step results; another agency's do not. */
class AgencyRepliesTest {

    private static final UUID DOSSIER = UUID.fromString("0b6c2f9a-1d2e-4c3b-8f4a-5e6d7c8b9a01");
    private static final UUID COMMAND = UUID.fromString("7d3c6f0e-4a8b-4f1e-9a61-2b7f0c1d9e01");

    private final MessageCodec codec = new MessageCodec();
    private final MessageBatches batches = new MessageBatches(new TransactionTemplate(new NoTransactions()),
            new SimpleMeterRegistry());
    private final RecordedReplies saga = new RecordedReplies();
    private final ReplyMapper mapper = Mappers.getMapper(ReplyMapper.class);

    @Test
    void aRegisteredBirthCompletesItsStepWithTheRegisterEntry() {
        var replies = new CivilRegistryReplies(batches, codec, mapper, saga);

        replies.accept(batch(new BirthRegistered(COMMAND, DOSSIER, "01/2026", 123, "KS-25450-2026-000123",
                LocalDate.of(2026, 11, 22), false)));

        assertThat(saga.lockedFirst).containsExactly(new DossierId(DOSSIER));
        assertThat(saga.completed).containsExactly(new StepResult.BirthRegistered("01/2026", 123,
                "KS-25450-2026-000123", LocalDate.of(2026, 11, 22), false));
    }

    @Test
    void aRejectionRefusesTheStepWithTheAgencysReasons() {
        var replies = new ResidenceReplies(batches, codec, mapper, saga);

        replies.accept(batch(new PermanentResidenceRejected(COMMAND, DOSSIER,
                List.of(new Rejection("HOUSEHOLD_NOT_FOUND", "residence.addressLine", "Không có hộ.", "No household.")))));

        assertThat(saga.rejectedSteps).containsExactly(Step.RESIDENCE);
        assertThat(saga.rejectedReasons).extracting(Reason::code).containsExactly("HOUSEHOLD_NOT_FOUND");
    }

    @Test
    void anotherAgencysReplyIsNotTakenForThisOnesAndReachesNoStep() {
        var replies = new CivilRegistryReplies(batches, codec, mapper, saga);

        assertThatThrownBy(() -> replies.accept(batch(new PermanentResidenceRejected(COMMAND, DOSSIER, List.of()))))
                .hasRootCauseInstanceOf(UnreadableMessageException.class);
        assertThat(saga.completed).isEmpty();
        assertThat(saga.rejectedSteps).isEmpty();
    }

    private Message<List<byte[]>> batch(Object reply) {
        Map<String, Object> headers = Map.of(MessageHeaders.MESSAGE_TYPE, reply.getClass().getSimpleName());
        return MessageBuilder.<List<byte[]>>withPayload(List.of(codec.encode(reply)))
                .setHeader(KafkaHeaders.RECEIVED_KEY, List.of(DOSSIER.toString()))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(headers))
                .build();
    }

    private static final class RecordedReplies implements RecordAgencyReplyUseCase {

        final List<DossierId> lockedFirst = new ArrayList<>();
        final List<StepResult> completed = new ArrayList<>();
        final List<Step> rejectedSteps = new ArrayList<>();
        final List<Reason> rejectedReasons = new ArrayList<>();

        @Override
        public void beforeReplies(Collection<DossierId> dossierIds) {
            lockedFirst.addAll(dossierIds);
        }

        @Override
        public void completed(DossierId dossierId, UUID commandId, StepResult result) {
            completed.add(result);
        }

        @Override
        public void rejected(DossierId dossierId, Step step, UUID commandId, List<Reason> reasons) {
            rejectedSteps.add(step);
            rejectedReasons.addAll(reasons);
        }
    }

    private static final class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
