package vn.lienthong.civilregistry.adapter.in.messaging;

import java.util.function.Consumer;

import org.springframework.messaging.Message;

import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.UnreadableMessageException;

/**
 * Everything that arrives on {@code civil-registry.commands}: births and deaths share the topic,
 * the consumer and its ordering per dossier, and are told apart by the message-type header.
 * A command of another type, or one without its ids, cannot be read and is dead-lettered.
 */
public class CivilRegistryCommands implements Consumer<Object> {

    private final MessageCodec codec;
    private final RegisterBirthCommandListener births;
    private final RegisterDeathCommandListener deaths;

    public CivilRegistryCommands(MessageCodec codec, RegisterBirthCommandListener births,
                                 RegisterDeathCommandListener deaths) {
        this.codec = codec;
        this.births = births;
        this.deaths = deaths;
    }

    /** Reads a command from {@code message}; one that cannot be read is dead-lettered. */
    public Object read(Message<byte[]> message) {
        Object command = codec.decode(message);
        if (command instanceof RegisterBirth birth) {
            requireIds(birth.commandId() != null && birth.dossierId() != null);
            return birth;
        }
        if (command instanceof RegisterDeath death) {
            requireIds(death.commandId() != null && death.dossierId() != null);
            return death;
        }
        throw new UnreadableMessageException("expected a RegisterBirth or RegisterDeath command, not "
                + command.getClass().getSimpleName());
    }

    /** The register counter the command's handling locks: batches take them in this order. */
    public static String lockKey(Object command) {
        return command instanceof RegisterDeath death
                ? RegisterDeathCommandListener.lockKey(death)
                : RegisterBirthCommandListener.lockKey((RegisterBirth) command);
    }

    @Override
    public void accept(Object command) {
        if (command instanceof RegisterDeath death) {
            deaths.accept(death);
        } else {
            births.accept((RegisterBirth) command);
        }
    }

    private static void requireIds(boolean present) {
        if (!present) {
            throw new UnreadableMessageException("a command needs a commandId and a dossierId");
        }
    }
}
