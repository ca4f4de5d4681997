package vn.lienthong.orchestrator.domain.form;

import vn.lienthong.rules.field.FieldCodes;

/**
 * One thing wrong with a dossier: the field (its path in the portal's JSON, e.g.
 * {@code mother.personalIdNumber}), a stable code, and what to do, in Vietnamese and English.
 */
public record FieldProblem(String field, String code, String messageVi, String messageEn) {

    static FieldProblem missing(String field, String whatVi, String whatEn) {
        return new FieldProblem(field, FieldCodes.REQUIRED, "Thiếu " + whatVi + ".", "Missing " + whatEn + ".");
    }
}
