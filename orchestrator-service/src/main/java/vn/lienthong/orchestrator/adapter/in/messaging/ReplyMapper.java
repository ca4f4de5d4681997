package vn.lienthong.orchestrator.adapter.in.messaging;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.StepResult;

/** Reads the 3-in-1 agencies' replies as the dossier's step results. */
@Mapper
public interface ReplyMapper {

    StepResult.BirthRegistered birthRegistered(vn.lienthong.contracts.civilregistry.replies.BirthRegistered reply);

    StepResult.ResidenceRegistered residenceRegistered(
            vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered reply);

    StepResult.HealthInsuranceCardIssued cardIssued(
            vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued reply);

    /** An agency's rejection compares no value with the population database. */
    @Mapping(target = "declaredValue", ignore = true)
    @Mapping(target = "registeredValue", ignore = true)
    Reason reason(Rejection rejection);

    List<Reason> reasons(List<Rejection> rejections);
}
