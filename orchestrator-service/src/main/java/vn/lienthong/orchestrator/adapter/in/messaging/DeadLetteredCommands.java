package vn.lienthong.orchestrator.adapter.in.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import vn.lienthong.orchestrator.application.port.in.RecordCommandFailureUseCase;

/**
 * Reads the agencies' command dead-letter topics ({@code <agency>.commands.dlt}): a command an
 * agency could not read or process fails the step still waiting for it
 * ({@code COMMAND_DEAD_LETTERED}), naming the dead letter so ops can redrive it. A dead letter
 * whose ids cannot be read is left to the ops dead-letter list; its step shows as stuck once it
 * has waited longer than {@code lienthong.ops.stuck-after}.
 */
public class DeadLetteredCommands implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteredCommands.class);

    private final RecordCommandFailureUseCase failures;

    public DeadLetteredCommands(RecordCommandFailureUseCase failures) {
        this.failures = failures;
    }

    @Override
    public void accept(Message<byte[]> deadLetter) {
        var headers = deadLetter.getHeaders();
        String topic = headers.get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        String where = topic + "/" + headers.get(KafkaHeaders.RECEIVED_PARTITION) + "/" + headers.get(KafkaHeaders.OFFSET);
        AgencyCommand.of(topic, deadLetter.getPayload()).ifPresentOrElse(
                command -> failures.deadLettered(command.dossierId(), command.step(), command.commandId(), where),
                () -> log.warn("Dead letter {} names no step's command; it stays in the dead-letter list", where));
    }
}
