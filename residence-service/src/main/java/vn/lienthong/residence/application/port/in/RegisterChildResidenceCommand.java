package vn.lienthong.residence.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.InvalidApplicationException;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Register a child's permanent residence in a parent's household. Every field is checked here,
 * and all problems are reported together, each naming the dossier field to correct.
 */
public record RegisterChildResidenceCommand(
        UUID dossierId,
        String childPersonalIdNumber,
        String childFullName,
        LocalDate childDateOfBirth,
        String parentPersonalIdNumber,
        String communeCode,
        String addressLine,
        boolean householdHeadConsent) {

    public RegisterChildResidenceCommand {
        List<Refusal> problems = new ArrayList<>();
        if (dossierId == null) {
            problems.add(missing("dossierId", "mã hồ sơ", "dossier id"));
        }
        if (!PersonalIdNumber.isWellFormed(childPersonalIdNumber)) {
            problems.add(invalid("child.personalIdNumber",
                    "Số định danh cá nhân của trẻ phải có đúng 12 chữ số.",
                    "The child's personal ID number must have exactly 12 digits."));
        }
        if (childFullName == null || childFullName.isBlank()) {
            problems.add(missing("child.fullName", "họ tên của trẻ", "the child's full name"));
        }
        text(problems, "child.fullName", childFullName, TextKind.PERSON_NAME);
        text(problems, "residence.addressLine", addressLine, TextKind.ADDRESS_LINE);
        if (childDateOfBirth == null) {
            problems.add(missing("child.dateOfBirth", "ngày sinh của trẻ", "the child's date of birth"));
        }
        if (!PersonalIdNumber.isWellFormed(parentPersonalIdNumber)) {
            problems.add(invalid("residence.parentPersonalIdNumber",
                    "Số định danh cá nhân của cha hoặc mẹ phải có đúng 12 chữ số.",
                    "The parent's personal ID number must have exactly 12 digits."));
        }
        if (!CommuneCode.isWellFormed(communeCode)) {
            problems.add(invalid("residence.communeCode",
                    "Mã xã phải có đúng 5 chữ số.", "The commune code must have exactly 5 digits."));
        }
        if (addressLine == null || addressLine.isBlank()) {
            problems.add(missing("residence.addressLine", "địa chỉ thường trú (thôn, tổ, số nhà, đường)",
                    "the permanent address (hamlet, group, house number, street)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        childFullName = childFullName.strip();
    }

    public PersonalIdNumber child() {
        return new PersonalIdNumber(childPersonalIdNumber);
    }

    public PersonalIdNumber parent() {
        return new PersonalIdNumber(parentPersonalIdNumber);
    }

    public CommuneCode commune() {
        return new CommuneCode(communeCode);
    }

    public AddressKey address() {
        return AddressKey.of(addressLine);
    }

    /** The shared text rules, for a text that is given. */
    private static void text(List<Refusal> problems, String field, String value, TextKind kind) {
        if (value != null && !value.isBlank()) {
            TextRules.fault(value, kind).ifPresent(fault -> problems.add(
                    new Refusal(fault.code(), field, fault.messageVi(kind), fault.messageEn(kind))));
        }
    }

    private static Refusal invalid(String field, String vi, String en) {
        return new Refusal("INVALID_FIELD", field, vi, en);
    }

    private static Refusal missing(String field, String vi, String en) {
        return new Refusal(FieldCodes.REQUIRED, field, "Thiếu " + vi + ".", "Missing " + en + ".");
    }
}
