package vn.lienthong.orchestrator.domain.form;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The whole dossier as submitted (and later supplemented). {@code father} is null when the
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
        ResultDelivery resultDelivery) {

    public Optional<Parent> knownFather() {
        return Optional.ofNullable(father);
    }
}
