package vn.lienthong.healthinsurance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import vn.lienthong.healthinsurance.application.port.in.AssessFuneralAllowanceCommand;
import vn.lienthong.healthinsurance.application.port.in.AssessFuneralAllowanceUseCase;
import vn.lienthong.healthinsurance.application.port.out.FuneralAllowances;
import vn.lienthong.healthinsurance.application.port.out.InsuranceRecords;
import vn.lienthong.healthinsurance.domain.FuneralAllowance;
import vn.lienthong.healthinsurance.domain.FuneralAllowanceDecision;
import vn.lienthong.healthinsurance.domain.FuneralAllowancePolicy;
import vn.lienthong.healthinsurance.domain.FuneralClaim;

/**
 * Decides funeral allowances: paid once per death (Art. 85: "một lần"). The same dossier asking again
 * gets its allowance back; another dossier for the same death is refused as paid already.
 */
public class AssessFuneralAllowanceService implements AssessFuneralAllowanceUseCase {

    private final InsuranceRecords records;
    private final FuneralAllowances allowances;
    private final FuneralAllowancePolicy policy;
    private final Clock clock;

    public AssessFuneralAllowanceService(InsuranceRecords records, FuneralAllowances allowances,
                                         FuneralAllowancePolicy policy, Clock clock) {
        this.records = records;
        this.allowances = allowances;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public FuneralAllowanceDecision assess(AssessFuneralAllowanceCommand command) {
        FuneralClaim claim = command.claim();
        LocalDate today = LocalDate.now(clock);
        Optional<FuneralAllowance> earlier = allowances.findByDeceased(claim.deceased());
        if (earlier.isPresent()) {
            return earlier.get().claim().dossierId().equals(claim.dossierId())
                    ? new FuneralAllowanceDecision.Granted(earlier.get(), false)
                    : alreadyPaid(earlier.get(), today);
        }
        FuneralAllowanceDecision decision = policy.decide(claim, records.find(claim.deceased()), today);
        if (decision instanceof FuneralAllowanceDecision.Granted granted) {
            allowances.add(granted.allowance());
        }
        return decision;
    }

    private static FuneralAllowanceDecision alreadyPaid(FuneralAllowance earlier, LocalDate today) {
        return new FuneralAllowanceDecision.Refused(FuneralAllowanceDecision.Refused.ALREADY_PAID, null,
                "Trợ cấp mai táng cho người này đã được giải quyết theo một hồ sơ khác (quyết định ngày "
                        + earlier.decidedOn() + "). Trợ cấp mai táng chỉ hưởng một lần.",
                "The funeral allowance for this person was granted under another dossier (decided on "
                        + earlier.decidedOn() + "). It is paid once only.",
                earlier.legalBasis(), today, earlier.survivors());
    }
}
