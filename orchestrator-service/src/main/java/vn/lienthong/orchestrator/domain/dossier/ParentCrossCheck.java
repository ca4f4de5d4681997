package vn.lienthong.orchestrator.domain.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.lienthong.orchestrator.domain.form.Parent;
import vn.lienthong.rules.identity.PersonNames;

/**
 * Compares a parent as the dossier declares them with the population database, field by field.
 * Each difference names the dossier field in its messages, which anyone reading the dossier sees,
 * the applicant too; the declared and the registered values travel beside them
 * ({@link Reason#declaredValue()}, {@link Reason#registeredValue()}) for the commune's staff, who
 * confirm or correct. What the population database holds is never in a message: the applicant
 * learns which field to check, not what the register says. Names are compared as
 * {@link PersonNames} says, the rule the population database applies when it checks the parents
 * itself: ignoring case and spacing, but not diacritics (Lan and Lân are different names).
 */
public final class ParentCrossCheck {

    /** A person as the population database records them; {@code deceased} once a death is recorded. */
    public record RegisteredPerson(String personalIdNumber, String fullName, LocalDate dateOfBirth, boolean deceased,
                                   LocalDate dateOfDeath) {

        public RegisteredPerson(String personalIdNumber, String fullName, LocalDate dateOfBirth) {
            this(personalIdNumber, fullName, dateOfBirth, false, null);
        }
    }

    private ParentCrossCheck() {
    }

    /**
     * {@code role} is {@code mother} or {@code father}, as in the dossier's field paths. A parent the
     * population database records as deceased is a difference too: a child born after a father's
     * death is possible, so an officer confirms rather than the dossier being refused.
     */
    public static List<Reason> differences(String role, Parent declared, RegisteredPerson registered) {
        String roleVi = role.equals("mother") ? "mẹ" : "cha";
        List<Reason> differences = new ArrayList<>(differences("PARENT_DATA_MISMATCH", role, roleVi,
                declared.fullName(), declared.dateOfBirth(), registered));
        if (registered.deceased()) {
            differences.add(new Reason("PARENT_DECEASED", role + ".personalIdNumber",
                    "CSDL quốc gia về dân cư ghi nhận " + roleVi + " đã chết; công chức cần xác minh.",
                    "The population database records the " + role + " as deceased; an officer must check.",
                    null, registered.dateOfDeath() == null ? null : registered.dateOfDeath().toString()));
        }
        return differences;
    }

    /**
     * The same comparison for any person: {@code role} is the dossier's field prefix (e.g.
     * {@code child}) and the English label, {@code roleVi} the Vietnamese one.
     */
    public static List<Reason> differences(String code, String role, String roleVi, String declaredName,
                                           LocalDate declaredBirth, RegisteredPerson registered) {
        List<Reason> differences = new ArrayList<>();
        if (!PersonNames.sameName(declaredName, registered.fullName())) {
            differences.add(difference(code, role + ".fullName", "Họ tên của " + roleVi, "The " + role + "'s full name",
                    declaredName, registered.fullName()));
        }
        if (declaredBirth != null && registered.dateOfBirth() != null
                && !Objects.equals(declaredBirth, registered.dateOfBirth())) {
            differences.add(difference(code, role + ".dateOfBirth", "Ngày sinh của " + roleVi,
                    "The " + role + "'s date of birth", declaredBirth.toString(), registered.dateOfBirth().toString()));
        }
        return differences;
    }

    private static Reason difference(String code, String field, String whatVi, String whatEn, String declared,
                                     String registered) {
        return new Reason(code, field,
                whatVi + " trong hồ sơ khác với CSDL quốc gia về dân cư.",
                whatEn + " in the dossier differs from the population database.",
                declared, registered);
    }
}
