package vn.lienthong.orchestrator.adapter.out.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import vn.lienthong.orchestrator.domain.form.ProcedureForm;

/**
 * The forms of recently loaded dossiers, already parsed. A dossier is loaded at every step of its
 * saga while its form changes only with a supplement, and reading the JSON was the largest single
 * cost of a load. An entry is used only when the stored JSON is exactly the one it was parsed
 * from, so a supplement (or a change by another instance) is always seen. Forms are immutable
 * records, so sharing one between loads is safe.
 */
final class ParsedForms {

    private record Parsed(String json, ProcedureForm form) {
    }

    private final Map<UUID, Parsed> recent;

    ParsedForms(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Parsed> eldest) {
                return size() > capacity;
            }
        };
    }

    ProcedureForm parse(UUID dossier, String json, Function<String, ? extends ProcedureForm> parser) {
        synchronized (recent) {
            Parsed parsed = recent.get(dossier);
            if (parsed != null && parsed.json().equals(json)) {
                return parsed.form();
            }
        }
        ProcedureForm form = parser.apply(json);
        synchronized (recent) {
            recent.put(dossier, new Parsed(json, form));
        }
        return form;
    }
}
