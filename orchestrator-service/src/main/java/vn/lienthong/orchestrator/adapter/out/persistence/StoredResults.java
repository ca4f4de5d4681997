package vn.lienthong.orchestrator.adapter.out.persistence;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.domain.dossier.Results;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepResult;
import vn.lienthong.orchestrator.domain.procedure.Procedure;
import vn.lienthong.orchestrator.domain.procedure.Procedures;
import vn.lienthong.orchestrator.domain.procedure.StepDeclaration;

/**
 * A dossier's results as one JSON document: each step's result under the key its declaration
 * names ({@code idNumber}, {@code birthRegistration}, …), read back as the declared type. The
 * 3-in-1 dossiers' documents keep the shape they had before procedures were declared.
 */
final class StoredResults {

    private final JsonMapper json;

    StoredResults(JsonMapper json) {
        this.json = json;
    }

    String toJson(Results results) {
        Map<String, StepResult> byKey = new LinkedHashMap<>();
        results.byStep().forEach((step, result) -> byKey.put(Procedures.declarationOf(step).resultKey(), result));
        return json.writeValueAsString(byKey);
    }

    Results fromJson(Procedure procedure, String stored) {
        if (stored == null) {
            return Results.none();
        }
        JsonNode document = json.readTree(stored);
        Map<Step, StepResult> byStep = new EnumMap<>(Step.class);
        for (StepDeclaration step : procedure.declarations()) {
            JsonNode result = document.get(step.resultKey());
            if (result != null && !result.isNull()) {
                byStep.put(step.step(), json.treeToValue(result, step.resultType()));
            }
        }
        return Results.of(byStep);
    }
}
