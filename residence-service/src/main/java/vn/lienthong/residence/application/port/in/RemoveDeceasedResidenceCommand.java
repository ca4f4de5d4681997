package vn.lienthong.residence.application.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.InvalidApplicationException;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Remove the permanent residence registration of a person who died, on the strength of the civil
 * registry's death extract. Every field is checked here and all problems are reported together,
 * each naming the death dossier's field. The declared last residence is optional: the person is
 * found by number wherever they are registered.
 */
public record RemoveDeceasedResidenceCommand(
        UUID dossierId,
        String personalIdNumber,
        LocalDate dateOfDeath,
        String deathExtractNumber,
        String lastResidenceCommuneCode,
        String lastResidenceAddressLine) {

    public RemoveDeceasedResidenceCommand {
        List<Refusal> problems = new ArrayList<>();
        if (dossierId == null) {
            problems.add(missing("dossierId", "mã hồ sơ", "the dossier id"));
        }
        if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            problems.add(new Refusal("INVALID_FIELD", "deceased.personalIdNumber",
                    "Số định danh cá nhân của người chết phải có đúng 12 chữ số.",
                    "The deceased's personal ID number must have exactly 12 digits."));
        }
        if (dateOfDeath == null) {
            problems.add(missing("death.dateOfDeath", "ngày chết", "the date of death"));
        }
        if (deathExtractNumber == null || deathExtractNumber.isBlank()) {
            problems.add(missing("deathExtractNumber", "số trích lục khai tử", "the death extract number"));
        } else {
            text(problems, "deathExtractNumber", deathExtractNumber, TextKind.DOCUMENT_NUMBER);
        }
        if (lastResidenceCommuneCode != null && !CommuneCode.isWellFormed(lastResidenceCommuneCode)) {
            problems.add(new Refusal("INVALID_FIELD", "deceased.lastResidence.communeCode",
                    "Mã xã phải có đúng 5 chữ số.", "The commune code must have exactly 5 digits."));
        }
        text(problems, "deceased.lastResidence.addressLine", lastResidenceAddressLine, TextKind.ADDRESS_LINE);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
    }

    public PersonalIdNumber person() {
        return new PersonalIdNumber(personalIdNumber);
    }

    private static void text(List<Refusal> problems, String field, String value, TextKind kind) {
        if (value != null && !value.isBlank()) {
            TextRules.fault(value, kind).ifPresent(fault -> problems.add(
                    new Refusal(fault.code(), field, fault.messageVi(kind), fault.messageEn(kind))));
        }
    }

    private static Refusal missing(String field, String vi, String en) {
        return new Refusal(FieldCodes.REQUIRED, field, "Thiếu " + vi + ".", "Missing " + en + ".");
    }
}
