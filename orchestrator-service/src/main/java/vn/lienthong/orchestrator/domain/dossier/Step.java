package vn.lienthong.orchestrator.domain.dossier;

/**
 * The names of the steps the procedures are made of, each told in Vietnamese and English. Which
 * procedure a step belongs to, its agency, order and rules are said by the procedure's
 * declaration ({@code domain.procedure}); this list only names them, so that stored rows, the ops
 * API and the history speak of the same step.
 */
public enum Step {
    /** National population database: the child's personal ID number. */
    ID_NUMBER("cấp số định danh cá nhân", "personal ID number"),
    /** Civil-status database: birth registration and electronic birth certificate. */
    BIRTH_REGISTRATION("đăng ký khai sinh", "birth registration"),
    /** Police residence database: permanent residence. */
    RESIDENCE("đăng ký thường trú", "permanent residence registration"),
    /** Social insurance: the under-6 health-insurance card. */
    HEALTH_INSURANCE("cấp thẻ bảo hiểm y tế", "health-insurance card"),
    /** National population database: the deceased is found, alive in its records, as declared. */
    DECEASED_CHECK("đối chiếu người chết với CSDL quốc gia về dân cư", "check of the deceased against the population database"),
    /** Civil-status database: death registration and electronic death extract. */
    DEATH_REGISTRATION("đăng ký khai tử", "death registration"),
    /** Police residence database: removal of the permanent residence registration. */
    RESIDENCE_REMOVAL("xóa đăng ký thường trú", "removal of the permanent residence registration"),
    /** Social insurance: the funeral allowance and survivors' benefits. */
    FUNERAL_ALLOWANCE("giải quyết trợ cấp mai táng", "funeral allowance"),
    /** National population database: the person is recorded as deceased. */
    DEATH_RECORD("cập nhật trạng thái đã chết vào CSDL quốc gia về dân cư", "recording the death in the population database");

    private final String nameVi;
    private final String nameEn;

    Step(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
