package vn.lienthong.orchestrator.domain.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.form.FieldProblem;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;

/**
 * A procedure as one declaration: its stages run one after the other, the steps within a stage in
 * parallel; each step says its agency, how it is asked, its result and its preconditions; the form
 * sections say which steps use which part of the form. The engine ({@code DossierSaga} and the
 * services around it) runs any declaration: a dossier records which procedure it follows and has
 * exactly that procedure's steps.
 */
public final class Procedure {

    private final String code;
    private final String nameVi;
    private final String nameEn;
    private final Class<? extends ProcedureForm> formType;
    private final BiFunction<ProcedureForm, LocalDate, List<FieldProblem>> intakeRules;
    private final List<List<StepDeclaration>> stages;
    private final List<FormSection> sections;
    private final Map<Step, StepDeclaration> byStep = new EnumMap<>(Step.class);

    private Procedure(String code, String nameVi, String nameEn, Class<? extends ProcedureForm> formType,
                      BiFunction<ProcedureForm, LocalDate, List<FieldProblem>> intakeRules,
                      List<List<StepDeclaration>> stages, List<FormSection> sections) {
        this.code = Objects.requireNonNull(code);
        this.formType = Objects.requireNonNull(formType);
        this.intakeRules = Objects.requireNonNull(intakeRules);
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.stages = stages.stream().map(List::copyOf).toList();
        this.sections = List.copyOf(sections);
        this.stages.forEach(stage -> stage.forEach(step -> {
            if (byStep.put(step.step(), step) != null) {
                throw new IllegalArgumentException(code + " declares " + step.step() + " twice");
            }
        }));
    }

    /**
     * Starts a declaration: {@code named("THREE_IN_ONE", …, DossierForm.class, DossierRules::check).then(…)
     * .then(…, …).sections(…)}. {@code intakeRules} is what the form must satisfy before any agency is asked.
     */
    public static <F extends ProcedureForm> Builder named(String code, String nameVi, String nameEn, Class<F> formType,
                                                          BiFunction<F, LocalDate, List<FieldProblem>> intakeRules) {
        return new Builder(code, nameVi, nameEn, formType,
                (form, today) -> intakeRules.apply(formType.cast(form), today));
    }

    /**
     * The problems of {@code form} judged on {@code today}, each naming its field; empty when the
     * dossier may proceed. A form of another procedure's type is one problem.
     */
    public List<FieldProblem> check(ProcedureForm form, LocalDate today) {
        if (!formType.isInstance(form)) {
            return List.of(new FieldProblem("procedure", "WRONG_FORM", "Hồ sơ không đúng mẫu của thủ tục " + code + ".",
                    "The dossier is not a " + code + " form."));
        }
        return intakeRules.apply(form, today);
    }

    /** The type of the procedure's form, as the portal sends it and the dossier stores it. */
    public Class<? extends ProcedureForm> formType() {
        return formType;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public List<List<StepDeclaration>> stages() {
        return stages;
    }

    /** The procedure's steps, in the order of their stages. */
    public List<Step> steps() {
        return stages.stream().flatMap(List::stream).map(StepDeclaration::step).toList();
    }

    /** The steps a dossier with {@code form} asks for, in the order of their stages. */
    public List<Step> stepsFor(ProcedureForm form) {
        return stages.stream().flatMap(List::stream).filter(step -> step.askedFor().test(form))
                .map(StepDeclaration::step).toList();
    }

    public boolean includes(Step step) {
        return byStep.containsKey(step);
    }

    public StepDeclaration declaration(Step step) {
        StepDeclaration declaration = byStep.get(step);
        if (declaration == null) {
            throw new IllegalArgumentException(code + " has no step " + step);
        }
        return declaration;
    }

    public Collection<StepDeclaration> declarations() {
        return byStep.values();
    }

    /** The steps that should start now: those not started in the first stage not yet complete. */
    public List<Step> stepsToStart(Dossier dossier) {
        if (dossier.status().isFinal()) {
            return List.of();
        }
        for (List<StepDeclaration> stage : stages) {
            List<Step> asked = stage.stream().map(StepDeclaration::step).filter(s -> dossier.step(s) != null).toList();
            boolean complete = asked.stream().allMatch(s -> dossier.step(s).status() == StepStatus.COMPLETED);
            if (!complete) {
                return asked.stream().filter(s -> dossier.step(s).status() == StepStatus.NOT_STARTED).toList();
            }
        }
        return List.of();
    }

    /** What a person must do before {@code step} may start, if anything: its first unmet precondition. */
    public Optional<RequiredAction> precondition(Dossier dossier, Step step) {
        for (Precondition precondition : declaration(step).preconditions()) {
            Optional<RequiredAction> unmet = precondition.unmetFor(dossier, step);
            if (unmet.isPresent()) {
                return unmet;
            }
        }
        return Optional.empty();
    }

    /** Sections that differ between the two forms although a completed step used them. */
    public List<String> changedButLocked(ProcedureForm before, ProcedureForm after, Collection<Step> completed) {
        List<String> locked = new ArrayList<>();
        for (FormSection section : sections) {
            boolean changed = !Objects.equals(section.value().apply(before), section.value().apply(after));
            if (changed && section.lockedBy(completed)) {
                locked.add(section.name());
            }
        }
        return locked;
    }

    @Override
    public String toString() {
        return code;
    }

    /** Declares a procedure stage by stage. */
    public static final class Builder {

        private final String code;
        private final String nameVi;
        private final String nameEn;
        private final Class<? extends ProcedureForm> formType;
        private final BiFunction<ProcedureForm, LocalDate, List<FieldProblem>> intakeRules;
        private final List<List<StepDeclaration>> stages = new ArrayList<>();

        private Builder(String code, String nameVi, String nameEn, Class<? extends ProcedureForm> formType,
                        BiFunction<ProcedureForm, LocalDate, List<FieldProblem>> intakeRules) {
            this.intakeRules = intakeRules;
            this.code = code;
            this.nameVi = nameVi;
            this.nameEn = nameEn;
            this.formType = formType;
        }

        /** The next stage: these steps start together once the previous stage completed. */
        public Builder then(StepDeclaration... parallel) {
            stages.add(List.of(parallel));
            return this;
        }

        /** Which form sections each step uses; ends the declaration. */
        public Procedure sections(FormSection... sections) {
            return new Procedure(code, nameVi, nameEn, formType, intakeRules, stages, List.of(sections));
        }
    }
}
