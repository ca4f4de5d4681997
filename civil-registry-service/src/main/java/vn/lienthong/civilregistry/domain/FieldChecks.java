package vn.lienthong.civilregistry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;

/**
 * Collects every problem of a declaration before refusing it, so the applicant corrects all of
 * them in one supplement instead of one per round trip. Each check names the dossier field and
 * says in plain words what is wrong.
 */
public final class FieldChecks {

    private final List<Refusal> problems = new ArrayList<>();

    /** A value that must be given; text must not be blank. */
    public FieldChecks required(String field, Object value, String whatVi, String whatEn) {
        if (isAbsent(value)) {
            problems.add(Refusal.missing(field, whatVi, whatEn));
        }
        return this;
    }

    /** A text held to the shared text rules of its kind; a blank one is left to {@link #required}. */
    public FieldChecks text(String field, String value, TextKind kind) {
        if (!isAbsent(value)) {
            TextRules.fault(value, kind).ifPresent(fault -> problems.add(
                    new Refusal(fault.code(), field, fault.messageVi(kind), fault.messageEn(kind))));
        }
        return this;
    }

    /** A 12-digit personal ID number; when not {@code required} it may be left out, but not malformed. */
    public FieldChecks personalIdNumber(String field, String value, boolean required, String whatVi, String whatEn) {
        return digits(field, value, PersonalIdNumber.isWellFormed(value), 12, required, whatVi, whatEn);
    }

    public FieldChecks communeCode(String field, String value, boolean required, String whatVi, String whatEn) {
        return digits(field, value, CommuneCode.isWellFormed(value), 5, required, whatVi, whatEn);
    }

    /** A required value that must be one of {@code allowed}. */
    public FieldChecks oneOf(String field, String value, Set<String> allowed, String whatVi, String whatEn) {
        if (isAbsent(value)) {
            problems.add(Refusal.missing(field, whatVi, whatEn));
        } else if (!allowed.contains(value)) {
            problems.add(Refusal.invalid(field, capitalized(whatVi) + " không nằm trong danh sách được chọn.",
                    capitalized(whatEn) + " is not one of " + allowed.stream().sorted().toList() + "."));
        }
        return this;
    }

    /** A problem no generic check finds, in the order it was found. */
    public FieldChecks add(Refusal problem) {
        problems.add(problem);
        return this;
    }

    public List<Refusal> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidDeclarationException(problems);
        }
    }

    private FieldChecks digits(String field, String value, boolean wellFormed, int count, boolean required,
                               String whatVi, String whatEn) {
        if (isAbsent(value)) {
            if (required) {
                problems.add(Refusal.missing(field, whatVi, whatEn));
            }
        } else if (!wellFormed) {
            problems.add(Refusal.invalid(field, capitalized(whatVi) + " phải có đúng " + count + " chữ số.",
                    capitalized(whatEn) + " must have exactly " + count + " digits."));
        }
        return this;
    }

    private static boolean isAbsent(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
