package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * The death notice (giấy báo tử) or the document that replaces it, one of which the declarant must
 * give (Civil Status Law 2014, Art. 34(1)). The kinds are those of Decree 123/2015/NĐ-CP, Art. 4(2),
 * and for a death long ago without any of them, documents of a competent body proving it (Circular
 * 04/2020/TT-BTP, Art. 13(1)).
 */
public record DeathProof(String kind, String number, LocalDate issuedOn, String issuer, boolean electronic) {

    /** Issued by the head of the health facility where the person died. */
    public static final String HEALTH_FACILITY_DEATH_NOTICE = "HEALTH_FACILITY_DEATH_NOTICE";
    /** Issued by the commune where the person died, outside a health facility (at home, say). */
    public static final String COMMUNE_DEATH_NOTICE = "COMMUNE_DEATH_NOTICE";
    /** Death on a vehicle, in an accident, by violence, sudden or suspicious: the police's confirmation. */
    public static final String POLICE_CONFIRMATION = "POLICE_CONFIRMATION";
    /** The same deaths: the result of a forensic examination (giám định pháp y). */
    public static final String FORENSIC_EXAMINATION = "FORENSIC_EXAMINATION";
    /** A court's judgment or decision in force declaring the person dead (tuyên bố chết). */
    public static final String COURT_DECLARATION_OF_DEATH = "COURT_DECLARATION_OF_DEATH";
    /** The chair of the execution council's confirmation of a death sentence carried out. */
    public static final String EXECUTION_CONFIRMATION = "EXECUTION_CONFIRMATION";
    /** A death long ago without any of the above: documents of a competent body proving it. */
    public static final String LONG_AGO_DEATH_PROOF = "LONG_AGO_DEATH_PROOF";

    public static final Set<String> KINDS = Set.of(HEALTH_FACILITY_DEATH_NOTICE, COMMUNE_DEATH_NOTICE,
            POLICE_CONFIRMATION, FORENSIC_EXAMINATION, COURT_DECLARATION_OF_DEATH, EXECUTION_CONFIRMATION,
            LONG_AGO_DEATH_PROOF);
}
