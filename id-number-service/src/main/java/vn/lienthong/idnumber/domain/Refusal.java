package vn.lienthong.idnumber.domain;

import java.util.Optional;

import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Why a request cannot be served: a stable code, the request field to correct, and the
 * explanation in Vietnamese and English.
 */
public record Refusal(String code, String field, String messageVi, String messageEn) {

    /** What the shared text rules find wrong with a given {@code value} of {@code kind}, if anything. */
    public static Optional<Refusal> text(String field, String value, TextKind kind) {
        return TextRules.fault(value, kind)
                .map(fault -> new Refusal(fault.code(), field, fault.messageVi(kind), fault.messageEn(kind)));
    }

    public static Refusal missing(String field, String vi, String en) {
        return new Refusal(FieldCodes.REQUIRED, field, "Thiếu " + vi + ".", "Missing " + en + ".");
    }

    public static Refusal malformedIdNumber(String field) {
        return new Refusal("INVALID_PERSONAL_ID_NUMBER", field,
                "Số định danh cá nhân phải có đúng 12 chữ số.", "A personal ID number has exactly 12 digits.");
    }

    public static Refusal dateOfBirthInFuture() {
        return new Refusal("DATE_OF_BIRTH_IN_FUTURE", "dateOfBirth",
                "Ngày sinh không được sau ngày hôm nay.", "The date of birth must not be after today.");
    }

    public static Refusal dateOfBirthOutOfRange() {
        return new Refusal("DATE_OF_BIRTH_OUT_OF_RANGE", "dateOfBirth",
                "Năm sinh phải từ " + CenturyAndSex.FIRST_YEAR + " đến " + CenturyAndSex.LAST_YEAR + ".",
                "The year of birth must be from " + CenturyAndSex.FIRST_YEAR + " to " + CenturyAndSex.LAST_YEAR + ".");
    }

    public static Refusal unknownCommune() {
        return new Refusal("UNKNOWN_COMMUNE", "registrationCommuneCode",
                "Không có xã, phường với mã này.", "No commune has this code.");
    }

    public static Refusal motherNotFound() {
        return new Refusal("MOTHER_NOT_FOUND", "motherPersonalIdNumber",
                "Không tìm thấy người mẹ trong Cơ sở dữ liệu quốc gia về dân cư.",
                "The mother is not in the national population database.");
    }

    public static Refusal fatherNotFound() {
        return new Refusal("FATHER_NOT_FOUND", "fatherPersonalIdNumber",
                "Không tìm thấy người cha trong Cơ sở dữ liệu quốc gia về dân cư.",
                "The father is not in the national population database.");
    }

    public static Refusal invalidDuplicateReference() {
        return new Refusal("INVALID_FIELD", "confirmedDistinctFrom",
                "Số định danh của công dân đã có phải có 12 chữ số, hoặc dạng che như 0753******04.",
                "The existing citizen's number must have 12 digits, or be masked as in 0753******04.");
    }

    public static Refusal citizenNotFound() {
        return new Refusal("CITIZEN_NOT_FOUND", "personalIdNumber",
                "Không có công dân với số định danh cá nhân này trong Cơ sở dữ liệu quốc gia về dân cư.",
                "No citizen has this personal ID number in the national population database.");
    }

    public static Refusal dateOfDeathInFuture() {
        return new Refusal("DATE_OF_DEATH_IN_FUTURE", "dateOfDeath",
                "Ngày chết không được sau ngày hôm nay.", "The date of death must not be after today.");
    }

    public static Refusal dateOfDeathBeforeBirth() {
        return new Refusal("DATE_OF_DEATH_BEFORE_BIRTH", "dateOfDeath",
                "Ngày chết trước ngày sinh của công dân.", "The date of death is before the citizen's date of birth.");
    }
}
