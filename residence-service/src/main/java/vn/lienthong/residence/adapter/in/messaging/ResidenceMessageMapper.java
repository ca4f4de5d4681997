package vn.lienthong.residence.adapter.in.messaging;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceCommand;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.ResidenceRegistration;

@Mapper
public interface ResidenceMessageMapper {

    RegisterChildResidenceCommand toCommand(RegisterPermanentResidence message);

    @Mapping(target = "commandId", source = "command.commandId")
    @Mapping(target = "dossierId", source = "command.dossierId")
    @Mapping(target = "registrationNumber", source = "registration.number.value")
    @Mapping(target = "householdNumber", source = "registration.householdNumber.value")
    @Mapping(target = "registeredAddress", source = "registration.registeredAddress")
    @Mapping(target = "communeCode", source = "registration.commune.value")
    @Mapping(target = "registeredOn", source = "registration.registeredOn")
    PermanentResidenceRegistered toRegistered(RegisterPermanentResidence command, ResidenceRegistration registration);

    Rejection toRejection(Refusal refusal);

    List<Rejection> toRejections(List<Refusal> refusals);
}
