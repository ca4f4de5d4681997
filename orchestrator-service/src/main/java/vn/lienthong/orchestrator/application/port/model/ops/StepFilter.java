package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Duration;

import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * Which steps an ops listing or a bulk replay covers; every criterion is optional (null).
 * {@code condition} null means any of failed, waiting or stuck. {@code olderThan} is the time the
 * step has spent in its current status; retries of the same request do not reset it.
 */
public record StepFilter(Step step, StepCondition condition, String errorKind, String communeCode,
                         String portalDossierCode, Duration olderThan) {

    public static StepFilter any() {
        return new StepFilter(null, null, null, null, null, null);
    }
}
