package vn.lienthong.orchestrator.domain.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import vn.lienthong.orchestrator.domain.form.DossierForm;

/** Which parts of the form each step uses, so a supplement cannot change what was already used. */
final class FormSections {

    private record Section(String name, Function<DossierForm, Object> value, List<Step> usedBy) {
    }

    private static final List<Step> CIVIL_STATUS = List.of(Step.ID_NUMBER, Step.BIRTH_REGISTRATION);

    private static final List<Section> SECTIONS = List.of(
            new Section("portalDossierCode", DossierForm::portalDossierCode, List.of(Step.values())),
            new Section("submittedAt", DossierForm::submittedAt, List.of(Step.values())),
            new Section("channel", DossierForm::channel, List.of(Step.values())),
            new Section("registrationCommuneCode", DossierForm::registrationCommuneCode, CIVIL_STATUS),
            new Section("child", DossierForm::child, CIVIL_STATUS),
            new Section("mother", DossierForm::mother, CIVIL_STATUS),
            new Section("father", DossierForm::father, CIVIL_STATUS),
            new Section("declarant", DossierForm::declarant, List.of(Step.BIRTH_REGISTRATION)),
            new Section("residence", DossierForm::residence, List.of(Step.RESIDENCE)),
            new Section("healthInsurance", DossierForm::healthInsurance, List.of(Step.HEALTH_INSURANCE)));

    private FormSections() {
    }

    /** Sections that differ between the two forms although a completed step used them. */
    static List<String> changedButLocked(DossierForm before, DossierForm after, List<Step> completed) {
        List<String> locked = new ArrayList<>();
        for (Section section : SECTIONS) {
            boolean changed = !Objects.equals(section.value().apply(before), section.value().apply(after));
            boolean used = section.usedBy().stream().anyMatch(completed::contains)
                    || section.usedBy().size() == Step.values().length;
            if (changed && used) {
                locked.add(section.name());
            }
        }
        return locked;
    }
}
