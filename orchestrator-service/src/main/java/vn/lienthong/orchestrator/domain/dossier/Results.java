package vn.lienthong.orchestrator.domain.dossier;

import vn.lienthong.orchestrator.domain.dossier.StepResult.BirthRegistered;
import vn.lienthong.orchestrator.domain.dossier.StepResult.HealthInsuranceCardIssued;
import vn.lienthong.orchestrator.domain.dossier.StepResult.IdNumberAssigned;
import vn.lienthong.orchestrator.domain.dossier.StepResult.ResidenceRegistered;

/** What the family gets, filled in as the agencies answer. Absent results are null. */
public record Results(
        IdNumberAssigned idNumber,
        BirthRegistered birthRegistration,
        ResidenceRegistered residence,
        HealthInsuranceCardIssued healthInsuranceCard) {

    public static Results none() {
        return new Results(null, null, null, null);
    }

    public Results with(StepResult result) {
        if (result instanceof IdNumberAssigned r) {
            return new Results(r, birthRegistration, residence, healthInsuranceCard);
        }
        if (result instanceof BirthRegistered r) {
            return new Results(idNumber, r, residence, healthInsuranceCard);
        }
        if (result instanceof ResidenceRegistered r) {
            return new Results(idNumber, birthRegistration, r, healthInsuranceCard);
        }
        return new Results(idNumber, birthRegistration, residence, (HealthInsuranceCardIssued) result);
    }

    public String personalIdNumber() {
        return idNumber == null ? null : idNumber.personalIdNumber();
    }
}
