package vn.lienthong.residence.domain;

/**
 * Why a residence cannot be registered or removed: a stable code, the dossier field to correct, and
 * the explanation in Vietnamese and English. No message names another person or another address.
 */
public record Refusal(String code, String field, String messageVi, String messageEn) {

    static Refusal householdNotFound() {
        return new Refusal("HOUSEHOLD_NOT_FOUND", "residence.addressLine",
                "Không có hộ gia đình nào đăng ký thường trú tại địa chỉ này. Xin kiểm tra lại địa chỉ và mã xã.",
                "No household is registered at this address. Please check the address and the commune code.");
    }

    static Refusal parentNotRegisteredAtAddress(boolean registeredElsewhere) {
        if (registeredElsewhere) {
            return new Refusal("PARENT_NOT_REGISTERED_AT_ADDRESS", "residence.parentPersonalIdNumber",
                    "Cha hoặc mẹ đăng ký thường trú ở một địa chỉ khác. Xin ghi đúng địa chỉ thường trú của cha hoặc mẹ.",
                    "The parent is a permanent resident at another address. Please give the parent's registered address.");
        }
        return new Refusal("PARENT_NOT_REGISTERED_AT_ADDRESS", "residence.parentPersonalIdNumber",
                "Cha hoặc mẹ chưa đăng ký thường trú tại địa chỉ này, cũng không ở nơi nào khác.",
                "The parent is not a permanent resident at this address, nor anywhere else.");
    }

    static Refusal householdHeadConsentRequired() {
        return new Refusal("HOUSEHOLD_HEAD_CONSENT_REQUIRED", "residence.householdHeadConsent",
                "Cha hoặc mẹ không phải chủ hộ. Cần có ý kiến đồng ý của chủ hộ để đăng ký thường trú cho trẻ vào hộ này.",
                "The parent is not the head of the household. The head must agree before the child is registered in it.");
    }

    /** The person is already a member of a household, but not through a registration of this service. */
    public static Refusal alreadyPermanentResident() {
        return new Refusal("ALREADY_PERMANENT_RESIDENT", "child.personalIdNumber",
                "Người có số định danh này đã đăng ký thường trú từ trước. Xin kiểm tra lại số định danh của trẻ.",
                "A person with this personal ID number is already a permanent resident. Please check the child's number.");
    }

    static Refusal dateOfDeathBeforeResidence() {
        return new Refusal("DATE_OF_DEATH_BEFORE_RESIDENCE", "death.dateOfDeath",
                "Ngày chết trước ngày người này đăng ký thường trú. Cán bộ cần kiểm tra lại ngày chết.",
                "The date of death is before the person's permanent residence was registered. An officer must "
                        + "check the date of death.");
    }
}
