package vn.lienthong.healthinsurance.adapter.in.messaging;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRejected;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceReply;
import vn.lienthong.healthinsurance.application.port.in.AssessFuneralAllowanceUseCase;
import vn.lienthong.healthinsurance.domain.FuneralAllowanceDecision;
import vn.lienthong.healthinsurance.domain.InvalidApplicationException;
import vn.lienthong.healthinsurance.domain.Refusal;
import vn.lienthong.messaging.IdempotentCommandHandler;

/**
 * Handles {@link AssessFuneralAllowance} commands, each command id once, answering on
 * {@link HealthInsuranceTopics#REPLIES}: granted, refused with the reason (a decision that ends the
 * step), or rejected naming what to correct ({@code CANNOT_PROCESS} when the database refuses the
 * data). Logs carry the dossier and command ids and the outcome's code only: never a name, a number
 * or an account.
 */
public class AssessFuneralAllowanceCommandListener implements Consumer<AssessFuneralAllowance> {

    private static final Logger log = LoggerFactory.getLogger(AssessFuneralAllowanceCommandListener.class);

    private final IdempotentCommandHandler commands;
    private final AssessFuneralAllowanceUseCase assess;
    private final FuneralAllowanceMessageMapper mapper;
    private final MeterRegistry meters;

    public AssessFuneralAllowanceCommandListener(IdempotentCommandHandler commands, AssessFuneralAllowanceUseCase assess,
                                                 FuneralAllowanceMessageMapper mapper, MeterRegistry meters) {
        this.commands = commands;
        this.assess = assess;
        this.mapper = mapper;
        this.meters = meters;
    }

    @Override
    public void accept(AssessFuneralAllowance command) {
        commands.handle(command.commandId(), HealthInsuranceTopics.REPLIES, command.dossierId().toString(),
                () -> decide(command), detail -> cannotProcess(command, detail));
    }

    private FuneralAllowanceReply decide(AssessFuneralAllowance command) {
        try {
            FuneralAllowanceDecision decision = assess.assess(mapper.toCommand(command));
            if (decision instanceof FuneralAllowanceDecision.Granted granted) {
                record(command, granted.newlyGranted() ? "granted" : "already-granted");
                return mapper.toGranted(command, granted.allowance());
            }
            if (decision instanceof FuneralAllowanceDecision.Refused refused) {
                record(command, "refused-" + refused.code().toLowerCase(Locale.ROOT).replace('_', '-'));
                return mapper.toRefused(command, refused);
            }
            return rejected(command, ((FuneralAllowanceDecision.Rejected) decision).reasons());
        } catch (InvalidApplicationException e) {
            return rejected(command, e.problems());
        }
    }

    private FuneralAllowanceRejected rejected(AssessFuneralAllowance command, List<Refusal> reasons) {
        record(command, "rejected");
        return new FuneralAllowanceRejected(command.commandId(), command.dossierId(), mapper.toRejections(reasons));
    }

    private FuneralAllowanceRejected cannotProcess(AssessFuneralAllowance command, String detail) {
        log.warn("Dossier {} command {}: cannot be processed: {}", command.dossierId(), command.commandId(), detail);
        return new FuneralAllowanceRejected(command.commandId(), command.dossierId(),
                List.of(Rejection.cannotProcess(detail)));
    }

    private void record(AssessFuneralAllowance command, String outcome) {
        meters.counter("lienthong.social_insurance.funeral_allowance_decisions", "outcome", outcome).increment();
        log.debug("Dossier {} command {}: funeral allowance {}", command.dossierId(), command.commandId(), outcome);
    }
}
