package vn.lienthong.orchestrator.adapter.out.messaging;

import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/** Builds each agency's command from the one dossier form; the replies are read by {@code adapter.in.messaging}. */
@Mapper
public interface AgencyMessageMapper {

    @Mapping(target = "commandId", source = "commandId")
    @Mapping(target = "dossierId", source = "dossierId")
    @Mapping(target = "personalIdNumber", source = "personalIdNumber")
    @Mapping(target = "originalBirthStatementSeen", source = "originalBirthStatementSeen")
    @Mapping(target = "portalDossierCode", source = "form.portalDossierCode")
    @Mapping(target = "registrationCommuneCode", source = "form.registrationCommuneCode")
    @Mapping(target = "child", source = "form.child")
    @Mapping(target = "mother", source = "form.mother")
    @Mapping(target = "father", source = "form.father")
    @Mapping(target = "declarant", source = "form.declarant")
    RegisterBirth registerBirth(UUID commandId, UUID dossierId, String personalIdNumber,
                                boolean originalBirthStatementSeen, DossierForm form);

    @Mapping(target = "commandId", source = "commandId")
    @Mapping(target = "dossierId", source = "dossierId")
    @Mapping(target = "childPersonalIdNumber", source = "personalIdNumber")
    @Mapping(target = "childFullName", source = "form.child.fullName")
    @Mapping(target = "childDateOfBirth", source = "form.child.dateOfBirth")
    @Mapping(target = "birthCertificateNumber", source = "birthCertificateNumber")
    @Mapping(target = "parentPersonalIdNumber", source = "form.residence.parentPersonalIdNumber")
    @Mapping(target = "communeCode", source = "form.residence.communeCode")
    @Mapping(target = "addressLine", source = "form.residence.addressLine")
    @Mapping(target = "householdHeadConsent", source = "form.residence.householdHeadConsent")
    RegisterPermanentResidence registerPermanentResidence(UUID commandId, UUID dossierId, String personalIdNumber,
                                                          String birthCertificateNumber, DossierForm form);

    @Mapping(target = "commandId", source = "commandId")
    @Mapping(target = "dossierId", source = "dossierId")
    @Mapping(target = "childPersonalIdNumber", source = "personalIdNumber")
    @Mapping(target = "childFullName", source = "form.child.fullName")
    @Mapping(target = "sex", source = "form.child.sex")
    @Mapping(target = "dateOfBirth", source = "form.child.dateOfBirth")
    @Mapping(target = "initialCareFacilityCode", source = "form.healthInsurance.initialCareFacilityCode")
    @Mapping(target = "residenceCommuneCode", source = "form.residence.communeCode")
    @Mapping(target = "applicationDate", expression = "java(form.submittedAt().toLocalDate())")
    IssueChildHealthInsuranceCard issueChildHealthInsuranceCard(UUID commandId, UUID dossierId, String personalIdNumber,
                                                               DossierForm form);
}
