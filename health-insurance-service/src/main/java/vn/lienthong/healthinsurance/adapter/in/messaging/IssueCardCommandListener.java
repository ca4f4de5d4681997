package vn.lienthong.healthinsurance.adapter.in.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardRejected;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardReply;
import vn.lienthong.healthinsurance.application.port.in.IssueChildCardUseCase;
import vn.lienthong.healthinsurance.domain.CardDecision;
import vn.lienthong.healthinsurance.domain.InvalidApplicationException;
import vn.lienthong.healthinsurance.domain.Refusal;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.messaging.IdempotentCommandHandler;

/**
 * Handles {@link IssueChildHealthInsuranceCard} commands (read by {@link HealthInsuranceCommands}) and
 * answers each command id once, on {@link HealthInsuranceTopics#REPLIES}. A command with invalid
 * fields is answered with a rejection naming them, and one that cannot be processed at all (the
 * database refuses its data) with a {@code CANNOT_PROCESS} rejection.
 */
public class IssueCardCommandListener implements Consumer<IssueChildHealthInsuranceCard> {

    private static final Logger log = LoggerFactory.getLogger(IssueCardCommandListener.class);

    private final IdempotentCommandHandler commands;
    private final IssueChildCardUseCase issueCard;
    private final CardMessageMapper mapper;
    private final MeterRegistry meters;

    public IssueCardCommandListener(IdempotentCommandHandler commands, IssueChildCardUseCase issueCard,
                                    CardMessageMapper mapper, MeterRegistry meters) {
        this.commands = commands;
        this.issueCard = issueCard;
        this.mapper = mapper;
        this.meters = meters;
    }

    @Override
    public void accept(IssueChildHealthInsuranceCard command) {
        commands.handle(command.commandId(), HealthInsuranceTopics.REPLIES, command.dossierId().toString(),
                () -> decide(command), detail -> cannotProcess(command, detail));
    }

    private HealthInsuranceCardReply decide(IssueChildHealthInsuranceCard command) {
        try {
            CardDecision decision = issueCard.issue(mapper.toCommand(command));
            if (decision instanceof CardDecision.Issued issued) {
                record(command, issued.newlyIssued() ? "issued" : "already-issued");
                return mapper.toIssued(command, issued.card());
            }
            return rejected(command, ((CardDecision.Refused) decision).reasons());
        } catch (InvalidApplicationException e) {
            return rejected(command, e.problems());
        }
    }

    private HealthInsuranceCardRejected rejected(IssueChildHealthInsuranceCard command, List<Refusal> reasons) {
        record(command, "refused");
        return new HealthInsuranceCardRejected(command.commandId(), command.dossierId(), mapper.toRejections(reasons));
    }

    /**
     * The command failed for a reason no retry changes (the database refused the data, a rule a
     * value): answered with {@link Rejection#CANNOT_PROCESS}, so the dossier does not wait forever.
     */
    private HealthInsuranceCardRejected cannotProcess(IssueChildHealthInsuranceCard command, String detail) {
        log.warn("Dossier {} command {}: cannot be processed: {}", command.dossierId(), command.commandId(), detail);
        return new HealthInsuranceCardRejected(command.commandId(), command.dossierId(),
                List.of(Rejection.cannotProcess(detail)));
    }

    private void record(IssueChildHealthInsuranceCard command, String outcome) {
        meters.counter("lienthong.health_insurance.card_decisions", "outcome", outcome).increment();
        log.debug("Dossier {} command {}: card {}", command.dossierId(), command.commandId(), outcome);
    }
}
