package vn.lienthong.residence.adapter.in.messaging;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceReply;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceCommand;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceUseCase;
import vn.lienthong.residence.domain.InvalidApplicationException;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.ResidenceDecision;

/**
 * Handles {@link RegisterPermanentResidence} commands (read by {@link ResidenceCommands}) and answers
 * each command id once, on {@link ResidenceTopics#REPLIES}. A command with invalid fields is answered
 * with a rejection naming them, and one that cannot be processed at all (the database refuses its
 * data) with a {@code CANNOT_PROCESS} rejection. Logs carry the dossier and command ids only, never
 * a name or an ID number.
 */
public class RegisterResidenceCommandListener implements Consumer<RegisterPermanentResidence> {

    private static final Logger log = LoggerFactory.getLogger(RegisterResidenceCommandListener.class);

    private final IdempotentCommandHandler commands;
    private final RegisterChildResidenceUseCase registerResidence;
    private final ResidenceMessageMapper mapper;
    private final MeterRegistry meters;

    public RegisterResidenceCommandListener(IdempotentCommandHandler commands,
                                            RegisterChildResidenceUseCase registerResidence,
                                            ResidenceMessageMapper mapper, MeterRegistry meters) {
        this.commands = commands;
        this.registerResidence = registerResidence;
        this.mapper = mapper;
        this.meters = meters;
    }

    /**
     * The commune whose registration-number counter handling {@code command} locks: a batch takes the
     * counters in this order, so concurrent batches do not deadlock.
     */
    public static String lockKey(RegisterPermanentResidence command) {
        return command.communeCode();
    }

    /** The command as the use case takes it; empty when its fields are invalid (it is then refused). */
    Optional<RegisterChildResidenceCommand> valid(RegisterPermanentResidence command) {
        try {
            return Optional.of(mapper.toCommand(command));
        } catch (InvalidApplicationException e) {
            return Optional.empty();
        }
    }

    @Override
    public void accept(RegisterPermanentResidence command) {
        commands.handle(command.commandId(), ResidenceTopics.REPLIES, command.dossierId().toString(),
                () -> decide(command), detail -> cannotProcess(command, detail));
    }

    private PermanentResidenceReply decide(RegisterPermanentResidence command) {
        try {
            ResidenceDecision decision = registerResidence.register(mapper.toCommand(command));
            if (decision instanceof ResidenceDecision.Registered registered) {
                record(command, registered.newlyRegistered() ? "registered" : "already-registered");
                return mapper.toRegistered(command, registered.registration());
            }
            return rejected(command, ((ResidenceDecision.Refused) decision).reasons());
        } catch (InvalidApplicationException e) {
            return rejected(command, e.problems());
        }
    }

    private PermanentResidenceRejected rejected(RegisterPermanentResidence command, List<Refusal> reasons) {
        record(command, "refused");
        return new PermanentResidenceRejected(command.commandId(), command.dossierId(), mapper.toRejections(reasons));
    }

    /**
     * The command failed for a reason no retry changes (the database refused the data, a rule a
     * value): answered with {@link Rejection#CANNOT_PROCESS}, so the dossier does not wait forever.
     */
    private PermanentResidenceRejected cannotProcess(RegisterPermanentResidence command, String detail) {
        log.warn("Dossier {} command {}: cannot be processed: {}", command.dossierId(), command.commandId(), detail);
        return new PermanentResidenceRejected(command.commandId(), command.dossierId(),
                List.of(Rejection.cannotProcess(detail)));
    }

    private void record(RegisterPermanentResidence command, String outcome) {
        meters.counter("lienthong.residence.registration_decisions", "outcome", outcome).increment();
        log.debug("Dossier {} command {}: permanent residence {}", command.dossierId(), command.commandId(), outcome);
    }
}
