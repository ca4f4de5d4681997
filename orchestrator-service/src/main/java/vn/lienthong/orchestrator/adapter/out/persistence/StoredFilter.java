package vn.lienthong.orchestrator.adapter.out.persistence;

import java.time.Duration;

import vn.lienthong.orchestrator.application.port.model.ops.StepCondition;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** A bulk replay's filter as stored with the job: plain text values, so the JSON stays readable. */
record StoredFilter(String step, String state, String errorKind, String communeCode, String portalDossierCode,
                    String olderThan) {

    static StoredFilter of(StepFilter filter) {
        return new StoredFilter(filter.step() == null ? null : filter.step().name(),
                filter.condition() == null ? null : filter.condition().name(), filter.errorKind(),
                filter.communeCode(), filter.portalDossierCode(),
                filter.olderThan() == null ? null : filter.olderThan().toString());
    }

    StepFilter toFilter() {
        return new StepFilter(step == null ? null : Step.valueOf(step),
                state == null ? null : StepCondition.valueOf(state), errorKind, communeCode, portalDossierCode,
                olderThan == null ? null : Duration.parse(olderThan));
    }
}
