package vn.lienthong.orchestrator.domain.procedure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Step;

/**
 * The procedures the orchestrator runs. A new procedure is added here, by its declaration; the
 * engine finds its steps, their agencies and deliveries from it.
 */
public final class Procedures {

    /** What a dossier follows when it does not name a procedure (the portal names only the death group). */
    public static final Procedure DEFAULT = ThreeInOne.PROCEDURE;

    private static final Map<String, Procedure> BY_CODE = new LinkedHashMap<>();
    private static final Map<Step, StepDeclaration> BY_STEP = new EnumMap<>(Step.class);

    static {
        for (Procedure procedure : List.of(ThreeInOne.PROCEDURE, DeathProcedure.PROCEDURE)) {
            BY_CODE.put(procedure.code(), procedure);
            procedure.declarations().forEach(step -> {
                if (BY_STEP.put(step.step(), step) != null) {
                    throw new IllegalStateException(step.step() + " is declared by two procedures");
                }
            });
        }
    }

    private Procedures() {
    }

    public static List<Procedure> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<Procedure> named(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The procedure of a stored dossier; null (rows from before procedures were recorded) is the 3-in-1. */
    public static Procedure stored(String code) {
        return code == null ? DEFAULT : named(code).orElseThrow(
                () -> new IllegalArgumentException("unknown procedure " + code));
    }

    /** The declaration of a step, in whichever procedure declares it. */
    public static StepDeclaration declarationOf(Step step) {
        StepDeclaration declaration = BY_STEP.get(step);
        if (declaration == null) {
            throw new IllegalArgumentException("no procedure declares " + step);
        }
        return declaration;
    }

    public static Agency agencyOf(Step step) {
        return declarationOf(step).agency();
    }

    /** Every step the agency does, in every procedure. */
    public static List<Step> stepsOf(Agency agency) {
        List<Step> steps = new ArrayList<>();
        BY_STEP.values().stream().filter(step -> step.agency() == agency).forEach(step -> steps.add(step.step()));
        return steps;
    }

    /** The steps the orchestrator calls itself on a schedule (the population database's). */
    public static List<Step> scheduledCalls() {
        return BY_STEP.values().stream().filter(StepDeclaration::scheduledCall).map(StepDeclaration::step).toList();
    }

    /** The steps sent as Kafka commands. */
    public static List<Step> commands() {
        return BY_STEP.values().stream().filter(step -> !step.scheduledCall()).map(StepDeclaration::step).toList();
    }
}
