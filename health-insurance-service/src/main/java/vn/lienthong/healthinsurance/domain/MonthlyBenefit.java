package vn.lienthong.healthinsurance.domain;

/**
 * A monthly social-insurance benefit a person receives (or has suspended): either one makes the
 * funeral allowance due whatever the contributions (Social Insurance Law 2024, Art. 85(1)(c)).
 */
public enum MonthlyBenefit {
    /** Lương hưu: a retirement pension. */
    PENSION,
    /** Trợ cấp tai nạn lao động, bệnh nghề nghiệp hằng tháng, after leaving work. */
    WORK_ACCIDENT_ALLOWANCE
}
