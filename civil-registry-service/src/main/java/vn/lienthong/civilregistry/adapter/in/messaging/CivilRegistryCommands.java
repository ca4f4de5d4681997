package vn.lienthong.civilregistry.adapter.in.messaging;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

import vn.lienthong.civilregistry.adapter.out.persistence.CivilRegisterUnitOfWork;
import vn.lienthong.civilregistry.adapter.out.persistence.CivilRegisterUnitOfWork.BirthKeys;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.UnreadableMessageException;

/**
 * Everything that arrives on {@code civil-registry.commands}: births and deaths share the topic,
 * the consumer and its ordering per dossier, and are told apart by the message-type header.
 * A command of another type, or one without its ids, cannot be read and is dead-lettered.
 * A batch of commands is readied at once ({@link #prepare}), so that its births are registered
 * without a round trip to the database each.
 */
public class CivilRegistryCommands implements Consumer<Object> {

    private final MessageCodec codec;
    private final RegisterBirthCommandListener births;
    private final RegisterDeathCommandListener deaths;
    private final IdempotentCommandHandler commands;
    private final CivilRegisterUnitOfWork registers;

    public CivilRegistryCommands(MessageCodec codec, RegisterBirthCommandListener births,
                                 RegisterDeathCommandListener deaths, IdempotentCommandHandler commands,
                                 CivilRegisterUnitOfWork registers) {
        this.codec = codec;
        this.commands = commands;
        this.births = births;
        this.deaths = deaths;
        this.registers = registers;
    }

    /**
     * Readies the batch's transaction for {@code batch} (the commands as read, in handling order):
     * their ids claimed, the register entries their births can meet loaded, the counters of their
     * registers locked. The registers of a batch of one command are left as they are: it takes
     * the statements it needs, so that an entry the database refuses fails in its handling and is
     * answered as that command's rejection rather than failing the commit.
     */
    public void prepare(List<Object> batch) {
        commands.claim(batch.stream().map(CivilRegistryCommands::commandId).toList());
        if (batch.size() < 2) {
            return;
        }
        List<BirthKeys> birthKeys = batch.stream()
                .filter(RegisterBirth.class::isInstance).map(RegisterBirth.class::cast)
                .map(birth -> new BirthKeys(birth.dossierId(), birth.personalIdNumber(),
                        birth.mother() == null ? null : birth.mother().personalIdNumber(),
                        birth.registrationCommuneCode()))
                .toList();
        List<String> deathCommunes = batch.stream()
                .filter(RegisterDeath.class::isInstance).map(RegisterDeath.class::cast)
                .map(RegisterDeath::registrationCommuneCode)
                .toList();
        registers.prepare(birthKeys, deathCommunes);
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

    private static UUID commandId(Object command) {
        return command instanceof RegisterDeath death ? death.commandId() : ((RegisterBirth) command).commandId();
    }

    private static void requireIds(boolean present) {
        if (!present) {
            throw new UnreadableMessageException("a command needs a commandId and a dossierId");
        }
    }
}
