package vn.lienthong.residence.adapter.in.messaging;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;
import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceCommand;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.ResidenceRemoval;

@Mapper
public interface RemovalMessageMapper {

    RemoveDeceasedResidenceCommand toCommand(RemovePermanentResidence message);

    @Mapping(target = "commandId", source = "command.commandId")
    @Mapping(target = "dossierId", source = "command.dossierId")
    @Mapping(target = "householdNumber", source = "removal.householdNumber.value")
    @Mapping(target = "communeCode", source = "removal.commune.value")
    @Mapping(target = "registeredAddress", source = "removal.registeredAddress")
    @Mapping(target = "deceasedWasHead", source = "removal.deceasedWasHead")
    @Mapping(target = "householdNeedsNewHead", source = "removal.householdNeedsNewHead")
    @Mapping(target = "remainingMembers", source = "removal.remainingMembers")
    @Mapping(target = "removedOn", source = "removal.removedOn")
    PermanentResidenceRemoved toRemoved(RemovePermanentResidence command, ResidenceRemoval removal);

    Rejection toRejection(Refusal refusal);

    List<Rejection> toRejections(List<Refusal> refusals);
}
