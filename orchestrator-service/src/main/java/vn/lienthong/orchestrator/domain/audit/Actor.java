package vn.lienthong.orchestrator.domain.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import vn.lienthong.rules.access.Caller;

/**
 * Who an audit entry names: the access token's subject, display name, main role, communes and
 * client. {@code clientId} is null only on entries written before tokens were checked.
 */
public record Actor(String subject, String displayName, String role, List<String> communes, String clientId) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        // As stored, even if altered to hold an absent element: the verification must hash what is there.
        communes = Collections.unmodifiableList(new ArrayList<>(communes));
    }

    /** The authenticated caller, as the audit names it; communes sorted, so one caller always reads the same. */
    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.displayName(), caller.mainRole(),
                caller.communes().stream().sorted().toList(), caller.clientId());
    }

    /** Display name, then subject, as a dossier's history names people: {@code Nguyễn Thị Lan (hotich.25450)}. */
    public String describe() {
        return displayName.equals(subject) ? subject : displayName + " (" + subject + ")";
    }
}
