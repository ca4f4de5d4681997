package vn.lienthong.orchestrator.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.lienthong.orchestrator.domain.form.Child;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.ResidenceRequest;

/** Between the portal's JSON shape and the domain's form, both ways. */
@Mapper
public interface PortalDossierMapper {

    DossierForm toForm(PortalDossier dossier);

    @Mapping(target = "facilityName", source = "placeOfBirth.facilityName")
    @Mapping(target = "placeOfBirthCommuneCode", source = "placeOfBirth.communeCode")
    @Mapping(target = "medicalBirthCertificateNumber", source = "medicalBirthCertificate.number")
    @Mapping(target = "medicalBirthCertificateElectronic", source = "medicalBirthCertificate.electronic",
            defaultValue = "false")
    Child toChild(PortalDossier.Child child);

    @Mapping(target = "householdHeadConsent", source = "householdHeadConsent", defaultValue = "false")
    ResidenceRequest toResidence(PortalDossier.Residence residence);

    PortalDossier toPortal(DossierForm form);

    @Mapping(target = "placeOfBirth.facilityName", source = "facilityName")
    @Mapping(target = "placeOfBirth.communeCode", source = "placeOfBirthCommuneCode")
    @Mapping(target = "medicalBirthCertificate.number", source = "medicalBirthCertificateNumber")
    @Mapping(target = "medicalBirthCertificate.electronic", source = "medicalBirthCertificateElectronic")
    PortalDossier.Child toPortalChild(Child child);
}
