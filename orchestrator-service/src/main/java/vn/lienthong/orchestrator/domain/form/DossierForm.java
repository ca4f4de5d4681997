package vn.lienthong.orchestrator.domain.form;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The 3-in-1 dossier as submitted (and later supplemented). {@code father} is null when the
 * father is unknown.
 */
public record DossierForm(
        String portalDossierCode,
        OffsetDateTime submittedAt,
        Channel channel,
        String registrationCommuneCode,
        Child child,
        Parent mother,
        Parent father,
        Declarant declarant,
        ResidenceRequest residence,
        HealthInsuranceRequest healthInsurance,
        ResultDelivery resultDelivery) implements ProcedureForm {

    @Override
    public String subjectFullName() {
        return child == null ? null : child.fullName();
    }

    @Override
    public Object checkedPeople() {
        return java.util.Arrays.asList(mother, father);
    }

    public Optional<Parent> knownFather() {
        return Optional.ofNullable(father);
    }
}
