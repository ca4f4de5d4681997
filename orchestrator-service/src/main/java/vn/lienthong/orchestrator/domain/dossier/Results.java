package vn.lienthong.orchestrator.domain.dossier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What the applicant gets, keyed by the step that produced it, filled in as the agencies answer. */
public final class Results {

    private static final Results NONE = new Results(new EnumMap<>(Step.class));

    private final Map<Step, StepResult> byStep;

    private Results(Map<Step, StepResult> byStep) {
        this.byStep = byStep;
    }

    public static Results none() {
        return NONE;
    }

    public static Results of(Map<Step, StepResult> byStep) {
        return byStep.isEmpty() ? NONE : new Results(new EnumMap<>(byStep));
    }

    public Results with(StepResult result) {
        Map<Step, StepResult> changed = new EnumMap<>(Step.class);
        changed.putAll(byStep);
        changed.put(result.step(), result);
        return new Results(changed);
    }

    /** The step's result as its declared type, or null while the step has none. */
    public <T extends StepResult> T of(Step step, Class<T> type) {
        StepResult result = byStep.get(step);
        return result == null ? null : type.cast(result);
    }

    public Map<Step, StepResult> byStep() {
        return Collections.unmodifiableMap(byStep);
    }

    /** The personal ID number the ID-number step produced, if it did. */
    public String personalIdNumber() {
        StepResult.IdNumberAssigned idNumber = of(Step.ID_NUMBER, StepResult.IdNumberAssigned.class);
        return idNumber == null ? null : idNumber.personalIdNumber();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Results results && results.byStep.equals(byStep);
    }

    @Override
    public int hashCode() {
        return byStep.hashCode();
    }

    @Override
    public String toString() {
        return byStep.toString();
    }
}
