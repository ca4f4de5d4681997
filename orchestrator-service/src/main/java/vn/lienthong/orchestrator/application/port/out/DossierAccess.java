package vn.lienthong.orchestrator.application.port.out;

/** What decides who may see a dossier: where it is registered and which client submitted it. */
public record DossierAccess(String registrationCommuneCode, String submittedBy) {
}
