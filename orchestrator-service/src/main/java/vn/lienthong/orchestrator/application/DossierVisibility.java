package vn.lienthong.orchestrator.application;

import java.util.Set;

import vn.lienthong.orchestrator.application.port.out.DossierAccess;
import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.rules.access.Caller;
import vn.lienthong.rules.access.Role;

/**
 * Who sees which dossier. Ops and administrators see every dossier; a commune officer or commune
 * police officer those registered in a commune its token names; the portal those it submitted.
 * A dossier a caller may not see is, to that caller, a dossier that does not exist. What the
 * population database holds about a person (the values a cross-check found different) is shown to
 * the dossier's commune staff, ops and administrators, never to the portal and so the applicant.
 */
final class DossierVisibility {

    private DossierVisibility() {
    }

    static boolean maySee(Caller caller, DossierAccess dossier) {
        if (caller.has(Role.OPS) || caller.has(Role.ADMIN)) {
            return true;
        }
        if (caller.isCommuneStaff() && caller.actsFor(dossier.registrationCommuneCode())) {
            return true;
        }
        return caller.has(Role.PORTAL) && caller.clientId().equals(dossier.submittedBy());
    }

    /** Whether the caller may see the population database's values where they differ from the dossier's. */
    static boolean maySeeRegisteredValues(Caller caller, DossierAccess dossier) {
        if (caller.has(Role.OPS) || caller.has(Role.ADMIN)) {
            return true;
        }
        return caller.isCommuneStaff() && caller.actsFor(dossier.registrationCommuneCode());
    }

    /** The filter narrowed to what the caller may see, whatever it asked for. */
    static DossierFilter limit(DossierFilter filter, Caller caller) {
        if (caller.has(Role.OPS) || caller.has(Role.ADMIN)) {
            return filter.visibleTo(null, null);
        }
        if (caller.isCommuneStaff()) {
            return filter.visibleTo(caller.communes(), null);
        }
        if (caller.has(Role.PORTAL)) {
            return filter.visibleTo(null, caller.clientId());
        }
        return filter.visibleTo(Set.of(), null);
    }
}
