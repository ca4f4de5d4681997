package vn.lienthong.orchestrator.adapter.in.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lienthong.messaging.ParkedMessage;
import vn.lienthong.messaging.ParkedMessageListener;
import vn.lienthong.orchestrator.application.port.in.RecordCommandFailureUseCase;

/**
 * Told by the outbox relay, in its transaction, that it parked a message. A command to an agency
 * fails the step it belongs to ({@code COMMAND_NOT_DELIVERABLE}); anything else (a status event
 * for the portal) is only parked, and ops see it in the parked list.
 */
public class UndeliverableCommands implements ParkedMessageListener {

    private static final Logger log = LoggerFactory.getLogger(UndeliverableCommands.class);

    private final RecordCommandFailureUseCase failures;

    public UndeliverableCommands(RecordCommandFailureUseCase failures) {
        this.failures = failures;
    }

    @Override
    public void parked(ParkedMessage message) {
        AgencyCommand.of(message.topic(), message.payload()).ifPresentOrElse(
                command -> failures.notDeliverable(command.dossierId(), command.step(), command.commandId(),
                        "parked-messages/" + message.id() + ", " + cause(message.reason())),
                () -> log.debug("Parked message {} is not a command of a step", message.id()));
    }

    /** The exception's name, which says what is wrong; its text stays in the parked list. */
    private static String cause(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
