package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Funeral-allowance claims and records for tests, starting from the portal's example death dossier:
 * Điểu Văn Brơi died on 18 November 2026, his son Tuấn arranged the burial and is paid by bank
 * transfer; the dossier came in on 22 November 2026.
 */
public final class FuneralClaims {

    public static final PersonalIdNumber BROI = new PersonalIdNumber("070060001122");

    /** The configured series, as application.yml holds it. */
    public static final ReferenceLevels LEVELS = new ReferenceLevels(List.of(
            new ReferenceLevel(LocalDate.of(2013, 7, 1), 1_150_000, "Nghị định 66/2013/NĐ-CP"),
            new ReferenceLevel(LocalDate.of(2016, 5, 1), 1_210_000, "Nghị định 47/2016/NĐ-CP"),
            new ReferenceLevel(LocalDate.of(2017, 7, 1), 1_300_000, "Nghị định 47/2017/NĐ-CP"),
            new ReferenceLevel(LocalDate.of(2018, 7, 1), 1_390_000, "Nghị định 72/2018/NĐ-CP"),
            new ReferenceLevel(LocalDate.of(2019, 7, 1), 1_490_000, "Nghị định 38/2019/NĐ-CP"),
            new ReferenceLevel(LocalDate.of(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP"),
            new ReferenceLevel(LocalDate.of(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP"),
            new ReferenceLevel(LocalDate.of(2026, 7, 1), 2_530_000, "Nghị định 161/2026/NĐ-CP")));
    public static final FuneralAllowanceRules RULES = new FuneralAllowanceRules(10, 12, 60, 180, 90, LEVELS);

    private UUID dossierId = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e001");
    private PersonalIdNumber deceased = BROI;
    private LocalDate dateOfDeath = LocalDate.of(2026, 11, 18);
    private LocalDate applicationDate = LocalDate.of(2026, 11, 22);
    private String cause = "ILLNESS";
    private boolean byCourt;
    private String beneficiaryRelationship = "CHILD";
    private String lateExplanation;
    private boolean survivorsRequested = true;

    private FuneralClaims() {
    }

    public static FuneralClaims aClaim() {
        return new FuneralClaims();
    }

    /** A pensioner since 2020 after 32 years of work, as the example's deceased. */
    public static InsuranceRecord pensioner() {
        return new InsuranceRecord(BROI, 384, 0, MonthlyBenefit.PENSION, LocalDate.of(2020, 6, 1), null);
    }

    public static InsuranceRecord insured(int compulsoryMonths, int voluntaryMonths) {
        return new InsuranceRecord(BROI, compulsoryMonths, voluntaryMonths, null, null, null);
    }

    public static InsuranceRecord onlyOn(OtherScheme scheme) {
        return new InsuranceRecord(BROI, 0, 0, null, null, scheme);
    }

    public FuneralClaims inDossier(UUID id) {
        dossierId = id;
        return this;
    }

    public FuneralClaims of(PersonalIdNumber person) {
        deceased = person;
        return this;
    }

    /** Died on {@code date}, the dossier filed four days later. */
    public FuneralClaims diedOn(LocalDate date) {
        dateOfDeath = date;
        applicationDate = date.plusDays(4);
        return this;
    }

    public FuneralClaims filedOn(LocalDate date) {
        applicationDate = date;
        return this;
    }

    public FuneralClaims causedBy(String category) {
        cause = category;
        return this;
    }

    public FuneralClaims declaredDeadByCourt() {
        byCourt = true;
        return this;
    }

    public FuneralClaims paidTo(String relationship) {
        beneficiaryRelationship = relationship;
        return this;
    }

    public FuneralClaims withLateExplanation(String text) {
        lateExplanation = text;
        return this;
    }

    public FuneralClaims withoutSurvivorsBenefits() {
        survivorsRequested = false;
        return this;
    }

    public FuneralClaim claim() {
        return new FuneralClaim(dossierId, deceased, "Điểu Văn Brơi", dateOfDeath, cause, byCourt,
                "KT-25450-2026-000017",
                new Beneficiary("ORGANIZATION".equals(beneficiaryRelationship) ? "Công ty TNHH Cao su Bù Gia Mập"
                        : "Điểu Văn Tuấn", "ORGANIZATION".equals(beneficiaryRelationship) ? null : "070097005566",
                        beneficiaryRelationship),
                new Payment("BANK_ACCOUNT", "VBA", "5400205123456", "Điểu Văn Tuấn"), survivorsRequested,
                lateExplanation, applicationDate);
    }
}
