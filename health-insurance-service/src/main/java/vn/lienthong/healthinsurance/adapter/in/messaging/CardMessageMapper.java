package vn.lienthong.healthinsurance.adapter.in.messaging;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.healthinsurance.application.port.in.IssueChildCardCommand;
import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.Refusal;

@Mapper
public interface CardMessageMapper {

    IssueChildCardCommand toCommand(IssueChildHealthInsuranceCard message);

    @Mapping(target = "commandId", source = "command.commandId")
    @Mapping(target = "dossierId", source = "command.dossierId")
    @Mapping(target = "cardNumber", source = "card.cardNumber.value")
    @Mapping(target = "socialInsuranceNumber", source = "card.socialInsuranceNumber.value")
    @Mapping(target = "beneficiaryCode", expression = "java(card.beneficiaryCode())")
    @Mapping(target = "benefitLevel", expression = "java(card.benefitLevel())")
    @Mapping(target = "validFrom", source = "card.validFrom")
    @Mapping(target = "validTo", source = "card.validTo")
    @Mapping(target = "initialCareFacilityCode", source = "card.initialCareFacility.code")
    @Mapping(target = "initialCareFacilityName", source = "card.initialCareFacility.name")
    HealthInsuranceCardIssued toIssued(IssueChildHealthInsuranceCard command, HealthInsuranceCard card);

    Rejection toRejection(Refusal refusal);

    List<Rejection> toRejections(List<Refusal> refusals);
}
