package vn.lienthong.orchestrator.domain.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the officer sees when the population database finds a citizen who may be the dossier's
 * child: which citizen (the number masked), which of the dossier's fields matched, and the two
 * ways on. If it is the same child, the child already has a number and must not get another: the
 * officer confirms it ({@code CONFIRM_SAME_CHILD}) and the dossier is refused, or the applicant
 * corrects the dossier. If it is another child, twins given the same name, the officer confirms
 * that ({@code CONFIRM_DISTINCT_CHILD}) and the number is asked for again with that confirmation.
 * A REVIEW has no deadline: the dossier waits for the officer.
 */
public final class PossibleDuplicate {

    public static final String CODE = "POSSIBLE_DUPLICATE_CITIZEN";

    /** How the officer sees each matched field, by its path in the dossier. */
    private static final Map<String, Label> FIELD_NAMES = Map.of(
            "mother.personalIdNumber", new Label("số định danh cá nhân của mẹ", "the mother's personal ID number"),
            "child.fullName", new Label("họ tên của trẻ", "the child's full name"),
            "child.sex", new Label("giới tính của trẻ", "the child's sex"),
            "child.dateOfBirth", new Label("ngày sinh của trẻ", "the child's date of birth"));

    private record Label(String vi, String en) {
    }

    private PossibleDuplicate() {
    }

    /** The officer's review: one reason for the whole, then one per matched field. */
    public static RequiredAction review(String existingPersonalIdNumber, List<String> matchedFields) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(CODE, null,
                "CSDL quốc gia về dân cư đã có công dân số định danh " + existingPersonalIdNumber
                        + " trùng thông tin với trẻ: có thể trẻ đã được cấp số. Nếu là cùng một trẻ, không cấp số mới:"
                        + " xác nhận CONFIRM_SAME_CHILD (hồ sơ bị từ chối) hoặc đề nghị người nộp sửa hồ sơ. Nếu là"
                        + " trẻ khác (ví dụ sinh đôi cùng tên), xác nhận CONFIRM_DISTINCT_CHILD để cấp số.",
                "The population database already has a citizen numbered " + existingPersonalIdNumber
                        + " who matches the child and may be the same child. If it is, no new number is issued:"
                        + " confirm CONFIRM_SAME_CHILD (the dossier is refused) or have the applicant correct the"
                        + " dossier. If it is another child (e.g. twins given the same name), confirm"
                        + " CONFIRM_DISTINCT_CHILD and the number is issued."));
        for (String field : matchedFields) {
            Label label = FIELD_NAMES.getOrDefault(field, new Label(field, field));
            reasons.add(new Reason(CODE, field, "Trùng " + label.vi() + ".", "Matched: " + label.en() + "."));
        }
        return new RequiredAction(RequiredAction.Kind.REVIEW, Step.ID_NUMBER, reasons, null);
    }

    /** Why the dossier is refused once the officer confirmed it is the same child. */
    static Reason sameChild(String existingPersonalIdNumber, String officerId) {
        return new Reason("CHILD_ALREADY_HAS_ID_NUMBER", null,
                "Trẻ đã được cấp số định danh cá nhân (" + existingPersonalIdNumber + "), công chức " + officerId
                        + " đã xác nhận; hồ sơ không được giải quyết. Gia đình dùng số định danh và giấy tờ đã có của trẻ.",
                "The child already has a personal ID number (" + existingPersonalIdNumber + "), as officer "
                        + officerId + " confirmed; the dossier is refused. The family keeps the child's existing"
                        + " number and papers.");
    }
}
