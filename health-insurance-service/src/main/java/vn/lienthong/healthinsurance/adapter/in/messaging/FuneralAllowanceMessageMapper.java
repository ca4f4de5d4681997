package vn.lienthong.healthinsurance.adapter.in.messaging;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.healthinsurance.FuneralBeneficiary;
import vn.lienthong.contracts.healthinsurance.PaymentInstruction;
import vn.lienthong.contracts.healthinsurance.SurvivorsBenefitsNotice;
import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceRefused;
import vn.lienthong.healthinsurance.application.port.in.AssessFuneralAllowanceCommand;
import vn.lienthong.healthinsurance.domain.Beneficiary;
import vn.lienthong.healthinsurance.domain.FuneralAllowance;
import vn.lienthong.healthinsurance.domain.FuneralAllowanceDecision;
import vn.lienthong.healthinsurance.domain.Payment;
import vn.lienthong.healthinsurance.domain.Refusal;
import vn.lienthong.healthinsurance.domain.SurvivorsOutlook;

@Mapper
public interface FuneralAllowanceMessageMapper {

    AssessFuneralAllowanceCommand toCommand(AssessFuneralAllowance message);

    Beneficiary toBeneficiary(FuneralBeneficiary beneficiary);

    Payment toPayment(PaymentInstruction payment);

    FuneralBeneficiary toFuneralBeneficiary(Beneficiary beneficiary);

    SurvivorsBenefitsNotice toNotice(SurvivorsOutlook survivors);

    @Mapping(target = "commandId", source = "command.commandId")
    @Mapping(target = "dossierId", source = "command.dossierId")
    @Mapping(target = "amountVnd", source = "allowance.amountVnd")
    @Mapping(target = "referenceLevelVnd", source = "allowance.referenceLevel.amountVnd")
    @Mapping(target = "referenceLevelEffectiveFrom", source = "allowance.referenceLevel.effectiveFrom")
    @Mapping(target = "multiple", source = "allowance.multiple")
    @Mapping(target = "qualification", source = "allowance.qualification")
    @Mapping(target = "legalBasis", source = "allowance.legalBasis")
    @Mapping(target = "beneficiary", source = "allowance.claim.beneficiary")
    @Mapping(target = "paymentMethod", source = "allowance.claim.payment.method")
    @Mapping(target = "decidedOn", source = "allowance.decidedOn")
    @Mapping(target = "lateClaim", source = "allowance.lateClaim")
    @Mapping(target = "survivorsBenefits", source = "allowance.survivors")
    FuneralAllowanceGranted toGranted(AssessFuneralAllowance command, FuneralAllowance allowance);

    @Mapping(target = "commandId", source = "command.commandId")
    @Mapping(target = "dossierId", source = "command.dossierId")
    @Mapping(target = "code", source = "refused.code")
    @Mapping(target = "otherScheme", source = "refused.otherScheme")
    @Mapping(target = "messageVi", source = "refused.messageVi")
    @Mapping(target = "messageEn", source = "refused.messageEn")
    @Mapping(target = "legalBasis", source = "refused.legalBasis")
    @Mapping(target = "decidedOn", source = "refused.decidedOn")
    @Mapping(target = "survivorsBenefits", source = "refused.survivors")
    FuneralAllowanceRefused toRefused(AssessFuneralAllowance command, FuneralAllowanceDecision.Refused refused);

    Rejection toRejection(Refusal refusal);

    List<Rejection> toRejections(List<Refusal> refusals);
}
