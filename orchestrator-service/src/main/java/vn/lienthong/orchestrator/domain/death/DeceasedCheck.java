package vn.lienthong.orchestrator.domain.death;

import java.util.ArrayList;
import java.util.List;

import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck;
import vn.lienthong.orchestrator.domain.dossier.ParentCrossCheck.RegisteredPerson;
import vn.lienthong.orchestrator.domain.dossier.Reason;

/**
 * The deceased as declared against the population database, before any agency registers the
 * death: where the name or the date of birth differ, or the database already records the person
 * as dead, an officer reviews the dossier (as for a birth's parents). The messages name the fields;
 * the registered values travel beside them for the commune's staff only.
 */
public final class DeceasedCheck {

    public static final String DATA_MISMATCH = "DECEASED_DATA_MISMATCH";
    public static final String ALREADY_DECEASED = "DECEASED_ALREADY_RECORDED";

    private DeceasedCheck() {
    }

    public static List<Reason> differences(DeathForm.Deceased declared, RegisteredPerson registered) {
        List<Reason> differences = new ArrayList<>(ParentCrossCheck.differences(DATA_MISMATCH, "deceased", "người chết",
                declared.fullName(), declared.dateOfBirth(), registered));
        if (registered.deceased()) {
            differences.add(new Reason(ALREADY_DECEASED, "deceased.personalIdNumber",
                    "CSDL quốc gia về dân cư đã ghi nhận người này chết; công chức cần xác minh có phải khai tử lần hai không.",
                    "The population database already records this person as deceased; an officer must check whether "
                            + "this is a second registration of the same death.",
                    null, registered.dateOfDeath() == null ? null : registered.dateOfDeath().toString()));
        }
        return differences;
    }

    /** The declared number is nobody's in the population database: the applicant corrects it. */
    public static Reason notFound() {
        return new Reason("CITIZEN_NOT_FOUND", "deceased.personalIdNumber",
                "Không tìm thấy người chết trong CSDL quốc gia về dân cư theo số định danh đã khai.",
                "The deceased is not in the population database under the declared personal ID number.");
    }
}
