package vn.lienthong.orchestrator.domain.dossier;

import java.util.List;

/** A supplement that changes data an agency has already acted on. */
public class SupplementConflictException extends DossierStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> fields;

    public SupplementConflictException(List<String> fields) {
        super("SECTION_ALREADY_USED",
                "Không thể sửa phần hồ sơ mà cơ quan đã dùng để giải quyết: " + String.join(", ", fields) + ".",
                "These sections were already used by a completed step and cannot change: " + String.join(", ", fields) + ".");
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
