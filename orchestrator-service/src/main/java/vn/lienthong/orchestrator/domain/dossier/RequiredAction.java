package vn.lienthong.orchestrator.domain.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person must do before a step can go on. A SUPPLEMENT is due from the applicant by
 * {@code dueDate}, after which the dossier is refused. An OFFICER action has no deadline: the
 * dossier simply waits, which is a state, not an error. A REVIEW is an officer's too: the officer
 * either confirms the dossier's data as it is, or corrects it with a supplement; or, when the child
 * may already be a citizen ({@link PossibleDuplicate}), decides whether it is the same child. An OPS
 * action is the technical support's: the request could not reach the agency, or the agency could not
 * process it, for a reason neither the applicant nor an officer can change. It has no deadline and
 * never refuses the dossier; ops fix the cause and replay the step (or redrive the message).
 */
public record RequiredAction(Kind kind, Step step, List<Reason> reasons, LocalDate dueDate) {

    public enum Kind {
        SUPPLEMENT,
        OFFICER,
        REVIEW,
        OPS
    }

    public RequiredAction {
        reasons = List.copyOf(reasons);
    }

    /** Whether one of the reasons has {@code code}: which question a REVIEW asks. */
    public boolean concerns(String code) {
        return reasons.stream().anyMatch(reason -> code.equals(reason.code()));
    }

    public String messageVi() {
        return String.join(" ", reasons.stream().map(Reason::messageVi).toList());
    }

    public String messageEn() {
        return String.join(" ", reasons.stream().map(Reason::messageEn).toList());
    }
}
