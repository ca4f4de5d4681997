package vn.lienthong.orchestrator.domain.procedure;

import java.util.Set;
import java.util.function.Function;

import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.form.ProcedureForm;

/**
 * A part of the form and the steps that use it: once one of them completed, a supplement may no
 * longer change it. A section every step uses ({@code usedBy} empty: the whole dossier) never changes.
 */
public record FormSection(String name, Function<ProcedureForm, Object> value, Set<Step> usedBy) {

    public FormSection {
        usedBy = Set.copyOf(usedBy);
    }

    /** A section the whole dossier stands on (its code, channel, submission time). */
    public static <F extends ProcedureForm> FormSection ofTheDossier(String name, Class<F> form,
                                                                     Function<F, Object> value) {
        return new FormSection(name, any -> value.apply(form.cast(any)), Set.of());
    }

    public static <F extends ProcedureForm> FormSection usedBy(String name, Class<F> form, Function<F, Object> value,
                                                               Step... steps) {
        return new FormSection(name, any -> value.apply(form.cast(any)), Set.of(steps));
    }

    boolean lockedBy(java.util.Collection<Step> completed) {
        return usedBy.isEmpty() || usedBy.stream().anyMatch(completed::contains);
    }
}
