package vn.lienthong.residence.adapter.in.messaging;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.messaging.Message;

import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.UnreadableMessageException;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceCommand;
import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceCommand;

/**
 * Everything that arrives on {@code residence.commands}: registrations of newborns and removals of
 * the deceased share the topic, the consumer and its ordering per dossier, and are told apart by the
 * message-type header. A command of another type, or one without its ids, is dead-lettered.
 */
public class ResidenceCommands implements Consumer<Object> {

    private final MessageCodec codec;
    private final RegisterResidenceCommandListener registrations;
    private final RemoveResidenceCommandListener removals;

    public ResidenceCommands(MessageCodec codec, RegisterResidenceCommandListener registrations,
                             RemoveResidenceCommandListener removals) {
        this.codec = codec;
        this.registrations = registrations;
        this.removals = removals;
    }

    /** Reads a command from {@code message}; one that cannot be read is dead-lettered. */
    public Object read(Message<byte[]> message) {
        Object command = codec.decode(message);
        if (command instanceof RegisterPermanentResidence registration) {
            requireIds(registration.commandId() != null && registration.dossierId() != null);
            return registration;
        }
        if (command instanceof RemovePermanentResidence removal) {
            requireIds(removal.commandId() != null && removal.dossierId() != null);
            return removal;
        }
        throw new UnreadableMessageException("expected a RegisterPermanentResidence or RemovePermanentResidence "
                + "command, not " + command.getClass().getSimpleName());
    }

    /** The row the command's handling locks first: batches take them in this order. */
    public static String lockKey(Object command) {
        return command instanceof RemovePermanentResidence removal
                ? RemoveResidenceCommandListener.lockKey(removal)
                : RegisterResidenceCommandListener.lockKey((RegisterPermanentResidence) command);
    }

    /** The ids of a batch's {@code commands}, to claim them all at once. */
    public static List<UUID> commandIds(List<Object> commands) {
        return commands.stream()
                .map(command -> command instanceof RemovePermanentResidence removal
                        ? removal.commandId() : ((RegisterPermanentResidence) command).commandId())
                .toList();
    }

    /** The valid registrations among a batch's {@code commands}, as the use case takes them. */
    public List<RegisterChildResidenceCommand> registrations(List<Object> commands) {
        return commands.stream()
                .flatMap(command -> command instanceof RegisterPermanentResidence registration
                        ? registrations.valid(registration).stream() : Stream.empty())
                .toList();
    }

    /** The valid removals among a batch's {@code commands}, as the use case takes them. */
    public List<RemoveDeceasedResidenceCommand> removals(List<Object> commands) {
        return commands.stream()
                .flatMap(command -> command instanceof RemovePermanentResidence removal
                        ? removals.valid(removal).stream() : Stream.empty())
                .toList();
    }

    @Override
    public void accept(Object command) {
        if (command instanceof RemovePermanentResidence removal) {
            removals.accept(removal);
        } else {
            registrations.accept((RegisterPermanentResidence) command);
        }
    }

    private static void requireIds(boolean present) {
        if (!present) {
            throw new UnreadableMessageException("a command needs a commandId and a dossierId");
        }
    }
}
