package vn.lienthong.residence.adapter.in.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.contracts.residence.replies.NoPermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemovalRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemovalReply;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceCommand;
import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceUseCase;
import vn.lienthong.residence.domain.InvalidApplicationException;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.RemovalDecision;

/**
 * Handles {@link RemovePermanentResidence} commands, each command id once, answering on
 * {@link ResidenceTopics#REPLIES}: the removal, that there was no registration to remove, a
 * rejection naming what to correct, or {@code CANNOT_PROCESS} when the database refuses the data.
 * Logs carry the dossier and command ids only.
 */
public class RemoveResidenceCommandListener implements Consumer<RemovePermanentResidence> {

    private static final Logger log = LoggerFactory.getLogger(RemoveResidenceCommandListener.class);

    private final IdempotentCommandHandler commands;
    private final RemoveDeceasedResidenceUseCase removeResidence;
    private final RemovalMessageMapper mapper;
    private final MeterRegistry meters;
    private final Clock clock;

    public RemoveResidenceCommandListener(IdempotentCommandHandler commands,
                                          RemoveDeceasedResidenceUseCase removeResidence, RemovalMessageMapper mapper,
                                          MeterRegistry meters, Clock clock) {
        this.commands = commands;
        this.removeResidence = removeResidence;
        this.mapper = mapper;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * No counter: a removal locks the rows of the person's household, which only the database
     * knows. With the one consumer thread configured, no other batch waits on them; with replicas,
     * PostgreSQL breaks a rare deadlock and the batch is handled one command at a time.
     */
    public static String lockKey(RemovePermanentResidence command) {
        return "";
    }

    /** The command as the use case takes it; empty when its fields are invalid (it is then refused). */
    Optional<RemoveDeceasedResidenceCommand> valid(RemovePermanentResidence command) {
        try {
            return Optional.of(mapper.toCommand(command));
        } catch (InvalidApplicationException e) {
            return Optional.empty();
        }
    }

    @Override
    public void accept(RemovePermanentResidence command) {
        commands.handle(command.commandId(), ResidenceTopics.REPLIES, command.dossierId().toString(),
                () -> decide(command), detail -> cannotProcess(command, detail));
    }

    private PermanentResidenceRemovalReply decide(RemovePermanentResidence command) {
        try {
            RemovalDecision decision = removeResidence.remove(mapper.toCommand(command));
            if (decision instanceof RemovalDecision.Removed removed) {
                record(command, removed.newlyRemoved() ? "removed" : "already-removed");
                return mapper.toRemoved(command, removed.removal());
            }
            if (decision instanceof RemovalDecision.NotRegistered) {
                record(command, "not-registered");
                return new NoPermanentResidenceRegistered(command.commandId(), command.dossierId(), LocalDate.now(clock),
                        RemovalDecision.NotRegistered.MESSAGE_VI, RemovalDecision.NotRegistered.MESSAGE_EN);
            }
            return rejected(command, ((RemovalDecision.Refused) decision).reasons());
        } catch (InvalidApplicationException e) {
            return rejected(command, e.problems());
        }
    }

    private PermanentResidenceRemovalRejected rejected(RemovePermanentResidence command, List<Refusal> reasons) {
        record(command, "refused");
        return new PermanentResidenceRemovalRejected(command.commandId(), command.dossierId(),
                mapper.toRejections(reasons));
    }

    private PermanentResidenceRemovalRejected cannotProcess(RemovePermanentResidence command, String detail) {
        log.warn("Dossier {} command {}: cannot be processed: {}", command.dossierId(), command.commandId(), detail);
        return new PermanentResidenceRemovalRejected(command.commandId(), command.dossierId(),
                List.of(Rejection.cannotProcess(detail)));
    }

    private void record(RemovePermanentResidence command, String outcome) {
        meters.counter("lienthong.residence.removal_decisions", "outcome", outcome).increment();
        log.debug("Dossier {} command {}: permanent residence removal {}", command.dossierId(), command.commandId(),
                outcome);
    }
}
