package vn.lienthong.orchestrator.domain.dossier;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.lienthong.orchestrator.domain.form.Parent;

/**
 * Compares a parent as the dossier declares them with the population database, field by field.
 * Each difference names the dossier field and shows both values, so the officer sees what to
 * confirm or correct. Names are compared ignoring case and spacing, but not diacritics: Lan and
 * Lân are different names.
 */
public final class ParentCrossCheck {

    /** A person as the population database records them. */
    public record RegisteredPerson(String personalIdNumber, String fullName, LocalDate dateOfBirth) {
    }

    private ParentCrossCheck() {
    }

    /** {@code role} is {@code mother} or {@code father}, as in the dossier's field paths. */
    public static List<Reason> differences(String role, Parent declared, RegisteredPerson registered) {
        return differences("PARENT_DATA_MISMATCH", role, role.equals("mother") ? "mẹ" : "cha", declared.fullName(),
                declared.dateOfBirth(), registered);
    }

    /**
     * The same comparison for any person: {@code role} is the dossier's field prefix (e.g.
     * {@code child}) and the English label, {@code roleVi} the Vietnamese one.
     */
    public static List<Reason> differences(String code, String role, String roleVi, String declaredName,
                                           LocalDate declaredBirth, RegisteredPerson registered) {
        String vi = roleVi;
        List<Reason> differences = new ArrayList<>();
        if (!normalised(declaredName).equals(normalised(registered.fullName()))) {
            differences.add(difference(code, role + ".fullName", "Họ tên của " + vi, "The " + role + "'s full name",
                    declaredName, registered.fullName()));
        }
        if (declaredBirth != null && registered.dateOfBirth() != null
                && !Objects.equals(declaredBirth, registered.dateOfBirth())) {
            boolean sameYear = declaredBirth.getYear() == registered.dateOfBirth().getYear();
            differences.add(difference(code, role + ".dateOfBirth",
                    (sameYear ? "Ngày sinh của " : "Năm sinh của ") + vi,
                    "The " + role + "'s " + (sameYear ? "date" : "year") + " of birth",
                    declaredBirth.toString(), registered.dateOfBirth().toString()));
        }
        return differences;
    }

    private static Reason difference(String code, String field, String whatVi, String whatEn, String declared,
                                     String registered) {
        return new Reason(code, field,
                whatVi + " trong hồ sơ là \u201c" + declared + "\u201d, CSDL dân cư ghi \u201c" + registered + "\u201d.",
                whatEn + " is \u201c" + declared + "\u201d in the dossier but \u201c" + registered
                        + "\u201d in the population database.");
    }

    private static String normalised(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
