package vn.lienthong.healthinsurance.domain;

/**
 * Why a deceased person qualifies for the funeral allowance, in the order the rules are tried
 * (Social Insurance Law 2024, Art. 85(1), 109(1), 111(1)(c); Law 2014, Art. 66(1), 80(1)).
 */
public enum Qualification {
    /** Receiving or suspended from a pension. */
    PENSIONER,
    /** Receiving or suspended from the monthly work-accident or occupational-disease allowance, retired. */
    MONTHLY_WORK_ACCIDENT_ALLOWANCE,
    /** Died of a work accident or an occupational disease, while covered by compulsory insurance. */
    WORK_ACCIDENT_DEATH,
    /** At least 12 months of compulsory contributions. */
    COMPULSORY_12_MONTHS,
    /** At least 60 months of voluntary contributions, or of both kinds together with under 12 compulsory. */
    VOLUNTARY_60_MONTHS
}
