package vn.lienthong.civilregistry.adapter.in.messaging;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.civilregistry.application.port.in.RegisterBirthCommand;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.Declarant;
import vn.lienthong.civilregistry.domain.Newborn;
import vn.lienthong.civilregistry.domain.Parent;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.common.ChildData;
import vn.lienthong.contracts.common.DeclarantData;
import vn.lienthong.contracts.common.PersonData;
import vn.lienthong.contracts.common.Rejection;

@Mapper
public interface BirthMessageMapper {

    @Mapping(target = "childPersonalIdNumber", source = "personalIdNumber")
    RegisterBirthCommand toCommand(RegisterBirth message);

    Newborn toNewborn(ChildData child);

    Parent toParent(PersonData person);

    Declarant toDeclarant(DeclarantData declarant);

    @Mapping(target = "commandId", source = "command.commandId")
    @Mapping(target = "dossierId", source = "command.dossierId")
    @Mapping(target = "registerVolume", source = "registration.entry.volume")
    @Mapping(target = "entryNumber", source = "registration.entry.entryNumber")
    @Mapping(target = "birthCertificateNumber", source = "registration.certificateNumber.value")
    @Mapping(target = "registeredOn", source = "registration.registeredOn")
    @Mapping(target = "lateRegistration", source = "registration.lateRegistration")
    BirthRegistered toRegistered(RegisterBirth command, BirthRegistration registration);

    Rejection toRejection(Refusal refusal);

    List<Rejection> toRejections(List<Refusal> refusals);
}
