package vn.lienthong.healthinsurance.domain;

import java.util.List;
import java.util.Optional;

/**
 * What survivors' benefits the relatives may claim, judged from the deceased's record alone; whether
 * a relative qualifies (age, disability, income: Art. 86(2), (3)) is decided on their own claim, not
 * here. The monthly benefit needs 15 years of compulsory contributions, a pension, a work-related
 * death or a monthly work-accident allowance (Art. 86(1)); the one-time benefit any record of
 * contributions or a pension (Art. 88, 89; voluntary insurance Art. 110, under 60 months a refund).
 */
public record SurvivorsOutlook(boolean monthlyMayBeClaimed, boolean oneTimeMayBeClaimed, String legalBasis,
                               List<String> neededDocuments, String messageVi, String messageEn) {

    public static final String RELATIVES_DECLARATION = "RELATIVES_DECLARATION";
    public static final String REPRESENTATIVE_CONFIRMATION = "REPRESENTATIVE_CONFIRMATION";
    public static final String WORK_CAPACITY_ASSESSMENT = "WORK_CAPACITY_ASSESSMENT";

    public SurvivorsOutlook {
        neededDocuments = List.copyOf(neededDocuments);
    }

    static SurvivorsOutlook of(Optional<InsuranceRecord> record, FuneralClaim claim, SocialInsuranceLaw law,
                               int monthlyMinCompulsoryMonths) {
        boolean pension = record.flatMap(r -> r.monthlyBenefitOn(claim.dateOfDeath())).isPresent();
        boolean contributed = record.map(InsuranceRecord::contributed).orElse(false);
        boolean monthly = pension
                || record.map(r -> r.compulsoryMonths() >= monthlyMinCompulsoryMonths).orElse(false)
                || claim.workRelatedDeath() && record.map(r -> r.compulsoryMonths() > 0).orElse(false);
        boolean oneTime = pension || contributed;
        String basis = law.survivorsBasis(record.map(r -> r.voluntaryMonths() > 0).orElse(false));
        String notAsked = claim.survivorsBenefitsRequested() ? ""
                : " Hồ sơ này chưa đề nghị giải quyết tử tuất; thân nhân có thể đề nghị sau.";
        String notAskedEn = claim.survivorsBenefitsRequested() ? ""
                : " This dossier does not ask for them yet; the relatives may ask later.";
        if (monthly) {
            return new SurvivorsOutlook(true, true, basis,
                    List.of(RELATIVES_DECLARATION, REPRESENTATIVE_CONFIRMATION, WORK_CAPACITY_ASSESSMENT),
                    "Thân nhân có thể hưởng trợ cấp tuất hằng tháng nếu đủ điều kiện (con dưới 18 tuổi, vợ hoặc chồng, cha "
                            + "mẹ đến tuổi nghỉ hưu hoặc suy giảm khả năng lao động từ 81% trở lên), hoặc chọn trợ cấp "
                            + "tuất một lần. Cần tờ khai thân nhân, xác nhận cử người đại diện qua VNeID (hoặc mẫu "
                            + "09-HSB) và biên bản giám định khả năng lao động nếu hưởng do suy giảm." + notAsked,
                    "Relatives may receive the monthly survivors' benefit if they qualify (children under 18, a "
                            + "spouse or parents of retirement age or with a loss of working capacity of 81 % or more), "
                            + "or choose the one-time benefit. They need the relatives' declaration, each relative's "
                            + "confirmation of a representative in VNeID (or form 09-HSB) and a working-capacity "
                            + "assessment for a relative who qualifies by disability." + notAskedEn);
        }
        if (oneTime) {
            return new SurvivorsOutlook(false, true, basis, List.of(RELATIVES_DECLARATION, REPRESENTATIVE_CONFIRMATION),
                    "Thân nhân được hưởng trợ cấp tuất một lần (không đủ điều kiện hằng tháng). Cần tờ khai thân nhân và "
                            + "xác nhận cử người đại diện qua VNeID (hoặc mẫu 09-HSB)." + notAsked,
                    "Relatives may receive the one-time survivors' benefit (the monthly one does not apply). They need "
                            + "the relatives' declaration and each relative's confirmation of a representative in VNeID "
                            + "(or form 09-HSB)." + notAskedEn);
        }
        return new SurvivorsOutlook(false, false, basis, List.of(),
                "Không có chế độ tử tuất bảo hiểm xã hội.", "No social-insurance survivors' benefit applies.");
    }
}
