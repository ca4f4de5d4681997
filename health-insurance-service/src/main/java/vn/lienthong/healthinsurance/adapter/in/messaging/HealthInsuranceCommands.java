package vn.lienthong.healthinsurance.adapter.in.messaging;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.UnreadableMessageException;

/**
 * Everything that arrives on {@code health-insurance.commands}: children's cards and funeral
 * allowances share the topic, the consumer and its ordering per dossier, and are told apart by the
 * message-type header. A command of another type, or one without its ids, is dead-lettered.
 */
public class HealthInsuranceCommands implements Consumer<Object> {

    private final MessageCodec codec;
    private final IssueCardCommandListener cards;
    private final AssessFuneralAllowanceCommandListener funeralAllowances;

    public HealthInsuranceCommands(MessageCodec codec, IssueCardCommandListener cards,
                                   AssessFuneralAllowanceCommandListener funeralAllowances) {
        this.codec = codec;
        this.cards = cards;
        this.funeralAllowances = funeralAllowances;
    }

    /** Reads a command from {@code message}; one that cannot be read is dead-lettered. */
    public Object read(Message<byte[]> message) {
        Object command = codec.decode(message);
        if (command instanceof IssueChildHealthInsuranceCard card) {
            requireIds(card.commandId() != null && card.dossierId() != null);
            return card;
        }
        if (command instanceof AssessFuneralAllowance allowance) {
            requireIds(allowance.commandId() != null && allowance.dossierId() != null);
            return allowance;
        }
        throw new UnreadableMessageException("expected an IssueChildHealthInsuranceCard or AssessFuneralAllowance "
                + "command, not " + command.getClass().getSimpleName());
    }

    /**
     * No key: a card's counter is the care facility's province, which only the database knows, and
     * an allowance takes no counter. The order of handling does not matter for locks: a batch locks
     * all its provinces' counters at once, in province order, before handling any command
     * (JdbcCardIssuingBatches), and a command redone on its own locks one counter.
     */
    public static String lockKey(Object command) {
        return "";
    }

    /** The command id of a command {@link #read} returned. */
    public static UUID commandId(Object command) {
        return command instanceof AssessFuneralAllowance allowance ? allowance.commandId()
                : ((IssueChildHealthInsuranceCard) command).commandId();
    }

    @Override
    public void accept(Object command) {
        if (command instanceof AssessFuneralAllowance allowance) {
            funeralAllowances.accept(allowance);
        } else {
            cards.accept((IssueChildHealthInsuranceCard) command);
        }
    }

    private static void requireIds(boolean present) {
        if (!present) {
            throw new UnreadableMessageException("a command needs a commandId and a dossierId");
        }
    }
}
