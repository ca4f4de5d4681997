package vn.lienthong.console.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.lienthong.console.adapter.out.orchestrator.Fields;

/**
 * What the dossier page shows beyond the API's answer: the officer actions the required actions
 * call for, the history grouped by step, and the form fields a supplement may correct.
 */
record DossierView(Fields dossier, List<String> officerActions, boolean manualIdNumber, boolean supplement,
                   Map<String, List<Fields>> timeline, String version) {

    static final String ORIGINAL_BIRTH_STATEMENT_SEEN = "ORIGINAL_BIRTH_STATEMENT_SEEN";
    static final String CONFIRM_PARENT_DATA = "CONFIRM_PARENT_DATA";
    static final String CONFIRM_DISTINCT_CHILD = "CONFIRM_DISTINCT_CHILD";
    static final String CONFIRM_SAME_CHILD = "CONFIRM_SAME_CHILD";
    static final List<String> OFFICER_ACTIONS = List.of(ORIGINAL_BIRTH_STATEMENT_SEEN, CONFIRM_PARENT_DATA,
            CONFIRM_DISTINCT_CHILD, CONFIRM_SAME_CHILD);
    /** History entries that belong to no step. */
    static final String DOSSIER = "DOSSIER";

    static DossierView of(Fields dossier) {
        Set<String> actions = new LinkedHashSet<>();
        boolean manual = false;
        boolean supplement = false;
        boolean open = !"COMPLETED".equals(dossier.text("status")) && !"REFUSED".equals(dossier.text("status"));
        for (Fields required : open ? dossier.list("requiredActions") : List.<Fields>of()) {
            String kind = required.text("kind");
            String step = required.text("step");
            String code = required.list("reasons").isEmpty() ? null : required.list("reasons").get(0).text("code");
            if ("OFFICER".equals(kind) && "BIRTH_REGISTRATION".equals(step)) {
                actions.add(ORIGINAL_BIRTH_STATEMENT_SEEN);
            } else if ("OFFICER".equals(kind) && "ID_NUMBER".equals(step)) {
                manual = true;
            } else if ("REVIEW".equals(kind) && "POSSIBLE_DUPLICATE_CITIZEN".equals(code)) {
                actions.add(CONFIRM_DISTINCT_CHILD);
                actions.add(CONFIRM_SAME_CHILD);
                supplement = true;
            } else if ("REVIEW".equals(kind)) {
                actions.add(CONFIRM_PARENT_DATA);
                supplement = true;
            } else if ("SUPPLEMENT".equals(kind)) {
                supplement = true;
            }
        }
        Map<String, List<Fields>> timeline = new LinkedHashMap<>();
        for (String step : List.of(DOSSIER, "ID_NUMBER", "BIRTH_REGISTRATION", "RESIDENCE", "HEALTH_INSURANCE")) {
            timeline.put(step, new ArrayList<>());
        }
        for (Fields entry : dossier.list("history")) {
            String step = entry.text("step") == null ? DOSSIER : entry.text("step");
            timeline.computeIfAbsent(step, any -> new ArrayList<>()).add(entry);
        }
        String version = Live.version(dossier.text("status") + dossier.list("history").size()
                + dossier.list("steps") + dossier.object("results"));
        return new DossierView(dossier, List.copyOf(actions), manual, supplement, timeline, version);
    }

    /**
     * The form fields the required actions name (e.g. {@code mother.fullName}), each with its
     * value in the form now: what a supplement corrects.
     */
    static Map<String, String> correctable(Fields dossier) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Fields required : dossier.list("requiredActions")) {
            if (!List.of("SUPPLEMENT", "REVIEW").contains(required.text("kind"))) {
                continue;
            }
            for (Fields reason : required.list("reasons")) {
                String path = reason.text("field");
                if (path != null && path.matches("[a-zA-Z]+(\\.[a-zA-Z]+)*") && !path.startsWith("results")) {
                    fields.put(path, valueAt(dossier.object("form"), path));
                }
            }
        }
        return fields;
    }

    static String valueAt(Fields form, String path) {
        Object current = form;
        for (String part : path.split("\\.")) {
            current = current instanceof Fields fields ? fields.get(part) : null;
        }
        return current == null ? "" : current.toString();
    }

    /** The corrections as the API's merge patch: {@code mother.fullName} becomes {"mother": {"fullName": …}}. */
    static Fields changes(Map<String, String> corrected) {
        Fields changes = new Fields();
        corrected.forEach((path, value) -> {
            String[] parts = path.split("\\.");
            Fields at = changes;
            for (int i = 0; i < parts.length - 1; i++) {
                if (!(at.get(parts[i]) instanceof Fields)) {
                    at.put(parts[i], new Fields());
                }
                at = (Fields) at.get(parts[i]);
            }
            at.put(parts[parts.length - 1], value);
        });
        return changes;
    }
}
