package vn.lienthong.civilregistry.adapter.in.messaging;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.civilregistry.application.port.in.RegisterDeathCommand;
import vn.lienthong.civilregistry.domain.Death;
import vn.lienthong.civilregistry.domain.DeathDeclarant;
import vn.lienthong.civilregistry.domain.DeathPlace;
import vn.lienthong.civilregistry.domain.DeathProof;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.Deceased;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistered;
import vn.lienthong.contracts.common.DeathData;
import vn.lienthong.contracts.common.DeathDeclarantData;
import vn.lienthong.contracts.common.DeathPlaceData;
import vn.lienthong.contracts.common.DeathProofData;
import vn.lienthong.contracts.common.DeceasedData;
import vn.lienthong.contracts.common.Rejection;

@Mapper
public interface DeathMessageMapper {

    RegisterDeathCommand toCommand(RegisterDeath message);

    Deceased toDeceased(DeceasedData deceased);

    Death toDeath(DeathData death);

    DeathPlace toPlace(DeathPlaceData place);

    DeathProof toProof(DeathProofData proof);

    DeathDeclarant toDeclarant(DeathDeclarantData declarant);

    @Mapping(target = "commandId", source = "command.commandId")
    @Mapping(target = "dossierId", source = "command.dossierId")
    @Mapping(target = "registerVolume", source = "registration.entry.volume")
    @Mapping(target = "entryNumber", source = "registration.entry.entryNumber")
    @Mapping(target = "deathExtractNumber", source = "registration.extractNumber.value")
    @Mapping(target = "registeredOn", source = "registration.registeredOn")
    @Mapping(target = "lateRegistration", source = "registration.lateRegistration")
    DeathRegistered toRegistered(RegisterDeath command, DeathRegistration registration);

    Rejection toRejection(Refusal refusal);

    List<Rejection> toRejections(List<Refusal> refusals);
}
