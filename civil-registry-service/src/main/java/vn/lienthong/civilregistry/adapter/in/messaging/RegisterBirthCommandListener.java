package vn.lienthong.civilregistry.adapter.in.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.civilregistry.application.port.in.RegisterBirthUseCase;
import vn.lienthong.civilregistry.domain.BirthDecision;
import vn.lienthong.civilregistry.domain.InvalidDeclarationException;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationReply;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.messaging.IdempotentCommandHandler;

/**
 * Handles {@link RegisterBirth} commands (read by {@link CivilRegistryCommands}) and answers each
 * command id once, on {@link CivilRegistryTopics#REPLIES}. A command with invalid fields is
 * answered with a rejection naming them, and one that cannot be processed at all (the database
 * refuses its data) with a {@code CANNOT_PROCESS} rejection. Logs carry the dossier and command ids
 * only, never the family's names or numbers.
 */
public class RegisterBirthCommandListener implements Consumer<RegisterBirth> {

    private static final Logger log = LoggerFactory.getLogger(RegisterBirthCommandListener.class);

    private final IdempotentCommandHandler commands;
    private final RegisterBirthUseCase registerBirth;
    private final BirthMessageMapper mapper;
    private final MeterRegistry meters;

    public RegisterBirthCommandListener(IdempotentCommandHandler commands, RegisterBirthUseCase registerBirth,
                                        BirthMessageMapper mapper, MeterRegistry meters) {
        this.commands = commands;
        this.registerBirth = registerBirth;
        this.mapper = mapper;
        this.meters = meters;
    }

    /**
     * The commune whose birth-register counter handling {@code command} locks: a batch takes the
     * counters in this order, so concurrent batches do not deadlock.
     */
    public static String lockKey(RegisterBirth command) {
        return command.registrationCommuneCode();
    }

    @Override
    public void accept(RegisterBirth command) {
        commands.handle(command.commandId(), CivilRegistryTopics.REPLIES, command.dossierId().toString(),
                () -> decide(command), detail -> cannotProcess(command, detail));
    }

    private BirthRegistrationReply decide(RegisterBirth command) {
        try {
            BirthDecision decision = registerBirth.register(mapper.toCommand(command));
            if (decision instanceof BirthDecision.Registered registered) {
                record(command, outcome(registered), List.of());
                return mapper.toRegistered(command, registered.registration());
            }
            return rejected(command, ((BirthDecision.Refused) decision).reasons());
        } catch (InvalidDeclarationException e) {
            return rejected(command, e.problems());
        }
    }

    private BirthRegistrationRejected rejected(RegisterBirth command, List<Refusal> reasons) {
        record(command, "rejected", reasons.stream().map(Refusal::code).toList());
        return new BirthRegistrationRejected(command.commandId(), command.dossierId(), mapper.toRejections(reasons));
    }

    private static String outcome(BirthDecision.Registered registered) {
        if (!registered.newlyRegistered()) {
            return "already-registered";
        }
        return registered.registration().lateRegistration() ? "registered-late" : "registered";
    }

    /**
     * The command failed for a reason no retry changes (the database refused the data, a rule a
     * value): answered with {@link Rejection#CANNOT_PROCESS}, so the dossier does not wait forever.
     */
    private BirthRegistrationRejected cannotProcess(RegisterBirth command, String detail) {
        log.warn("Dossier {} command {}: cannot be processed: {}", command.dossierId(), command.commandId(), detail);
        return new BirthRegistrationRejected(command.commandId(), command.dossierId(),
                List.of(Rejection.cannotProcess(detail)));
    }

    /** Codes are safe to log; the reasons' messages are not needed and the declaration is personal data. */
    private void record(RegisterBirth command, String outcome, List<String> codes) {
        meters.counter("lienthong.civil_registry.birth_decisions", "outcome", outcome).increment();
        log.debug("Dossier {} command {}: birth {}{}", command.dossierId(), command.commandId(), outcome,
                codes.isEmpty() ? "" : " " + codes);
    }
}
