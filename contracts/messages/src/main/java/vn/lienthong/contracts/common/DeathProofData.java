package vn.lienthong.contracts.common;

import java.time.LocalDate;

/**
 * The death notice (giấy báo tử) or the document that replaces it (Decree 123/2015/NĐ-CP,
 * Art. 4(2)). {@code kind} is one of HEALTH_FACILITY_DEATH_NOTICE, COMMUNE_DEATH_NOTICE,
 * POLICE_CONFIRMATION, FORENSIC_EXAMINATION, COURT_DECLARATION_OF_DEATH, EXECUTION_CONFIRMATION,
 * LONG_AGO_DEATH_PROOF. {@code electronic} is true when the issuer sent it as signed electronic
 * data.
 */
public record DeathProofData(
        String kind,
        String number,
        LocalDate issuedOn,
        String issuer,
        boolean electronic) {
}
