package vn.lienthong.orchestrator.domain.dossier;

/**
 * Why a step stopped or failed: a stable code, the dossier field concerned (or null) and the
 * explanation in Vietnamese and English.
 */
public record Reason(String code, String field, String messageVi, String messageEn) {
}
