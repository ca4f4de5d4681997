package vn.lienthong.orchestrator.domain.dossier;

import java.util.Objects;
import java.util.UUID;

public record DossierId(UUID value) {

    public DossierId {
        Objects.requireNonNull(value, "value");
    }

    public static DossierId newId() {
        return new DossierId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
