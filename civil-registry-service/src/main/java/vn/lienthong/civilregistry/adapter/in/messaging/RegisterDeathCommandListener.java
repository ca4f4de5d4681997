package vn.lienthong.civilregistry.adapter.in.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.civilregistry.application.port.in.RegisterDeathUseCase;
import vn.lienthong.civilregistry.domain.DeathDecision;
import vn.lienthong.civilregistry.domain.InvalidDeclarationException;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistrationRejected;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistrationReply;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.messaging.IdempotentCommandHandler;

/**
 * Handles {@link RegisterDeath} commands, each command id once, answering on
 * {@link CivilRegistryTopics#REPLIES}: the registration, or a rejection naming what to correct, or
 * {@code CANNOT_PROCESS} when the database refuses the data. Logs carry the dossier and command ids
 * only, never the deceased's or the declarant's names or numbers.
 */
public class RegisterDeathCommandListener implements Consumer<RegisterDeath> {

    private static final Logger log = LoggerFactory.getLogger(RegisterDeathCommandListener.class);

    private final IdempotentCommandHandler commands;
    private final RegisterDeathUseCase registerDeath;
    private final DeathMessageMapper mapper;
    private final MeterRegistry meters;

    public RegisterDeathCommandListener(IdempotentCommandHandler commands, RegisterDeathUseCase registerDeath,
                                        DeathMessageMapper mapper, MeterRegistry meters) {
        this.commands = commands;
        this.registerDeath = registerDeath;
        this.mapper = mapper;
        this.meters = meters;
    }

    /**
     * The death register counter handling {@code command} locks: the commune's, in its own book, so
     * a batch that takes births' and deaths' counters takes them in one order.
     */
    public static String lockKey(RegisterDeath command) {
        return command.registrationCommuneCode() + "/death";
    }

    @Override
    public void accept(RegisterDeath command) {
        commands.handle(command.commandId(), CivilRegistryTopics.REPLIES, command.dossierId().toString(),
                () -> decide(command), detail -> cannotProcess(command, detail));
    }

    private DeathRegistrationReply decide(RegisterDeath command) {
        try {
            DeathDecision decision = registerDeath.register(mapper.toCommand(command));
            if (decision instanceof DeathDecision.Registered registered) {
                record(command, outcome(registered), List.of());
                return mapper.toRegistered(command, registered.registration());
            }
            return rejected(command, ((DeathDecision.Refused) decision).reasons());
        } catch (InvalidDeclarationException e) {
            return rejected(command, e.problems());
        }
    }

    private DeathRegistrationRejected rejected(RegisterDeath command, List<Refusal> reasons) {
        record(command, "rejected", reasons.stream().map(Refusal::code).toList());
        return new DeathRegistrationRejected(command.commandId(), command.dossierId(), mapper.toRejections(reasons));
    }

    private static String outcome(DeathDecision.Registered registered) {
        if (!registered.newlyRegistered()) {
            return "already-registered";
        }
        return registered.registration().lateRegistration() ? "registered-late" : "registered";
    }

    private DeathRegistrationRejected cannotProcess(RegisterDeath command, String detail) {
        log.warn("Dossier {} command {}: cannot be processed: {}", command.dossierId(), command.commandId(), detail);
        return new DeathRegistrationRejected(command.commandId(), command.dossierId(),
                List.of(Rejection.cannotProcess(detail)));
    }

    /** Codes are safe to log; the declaration is personal data. */
    private void record(RegisterDeath command, String outcome, List<String> codes) {
        meters.counter("lienthong.civil_registry.death_decisions", "outcome", outcome).increment();
        log.debug("Dossier {} command {}: death {}{}", command.dossierId(), command.commandId(), outcome,
                codes.isEmpty() ? "" : " " + codes);
    }
}
