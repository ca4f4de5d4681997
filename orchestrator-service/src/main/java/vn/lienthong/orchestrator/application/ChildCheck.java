package vn.lienthong.orchestrator.application;

import java.util.List;

import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck;
import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck.RegisteredPerson;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.form.DossierForm;

/** Whether the person a manually recorded number belongs to is this dossier's child. */
final class ChildCheck {

    private ChildCheck() {
    }

    static List<Reason> differences(DossierForm form, RegisteredPerson registered) {
        var child = form.child();
        return ParentCrossCheck.differences("ID_NUMBER_MISMATCH", "child", "trẻ", child.fullName(), child.dateOfBirth(),
                registered);
    }

    static Reason notFound() {
        return new Reason("ID_NUMBER_NOT_FOUND", "personalIdNumber", "Số định danh không có trong CSDL dân cư.",
                "The number is not in the population database.");
    }
}
