package vn.lienthong.contracts.civilregistry.commands;

import java.util.UUID;

import vn.lienthong.contracts.common.ChildData;
import vn.lienthong.contracts.common.DeclarantData;
import vn.lienthong.contracts.common.PersonData;

/**
 * Register the birth in the commune's birth register and issue the electronic birth certificate.
 * {@code father} is null when the father is unknown. {@code originalBirthStatementSeen} records
 * that an officer has seen the original written statement of a birth outside a health facility.
 */
public record RegisterBirth(
        UUID commandId,
        UUID dossierId,
        String portalDossierCode,
        String registrationCommuneCode,
        String personalIdNumber,
        ChildData child,
        PersonData mother,
        PersonData father,
        DeclarantData declarant,
        boolean originalBirthStatementSeen) {
}
