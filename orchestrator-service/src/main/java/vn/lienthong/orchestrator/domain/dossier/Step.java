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
    HEALTH_INSURANCE("cấp thẻ bảo hiểm y tế", "health-insurance card");

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
