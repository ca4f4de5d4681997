package vn.lienthong.contracts.civilregistry.commands;

import java.util.UUID;

import vn.lienthong.contracts.common.DeathData;
import vn.lienthong.contracts.common.DeathDeclarantData;
import vn.lienthong.contracts.common.DeceasedData;

/**
 * Register the death in the commune's death register (sổ đăng ký khai tử) and issue the electronic
 * death extract (trích lục khai tử). Sent on {@code civil-registry.commands} like
 * {@link RegisterBirth}. The deceased's date of birth travels with the command, from the dossier
 * (which the orchestrator checks against the population database), so the registry can refuse a
 * date of death before it.
 */
public record RegisterDeath(
        UUID commandId,
        UUID dossierId,
        String portalDossierCode,
        String registrationCommuneCode,
        DeceasedData deceased,
        DeathData death,
        DeathDeclarantData declarant) {
}
