package vn.lienthong.orchestrator.application.port.model.ops;

import java.time.Instant;
import java.util.Objects;

import vn.lienthong.orchestrator.domain.dossier.Agency;

/** Ops stopped automatic requests to {@code agency}: who, since when and why. */
public record AgencyPause(Agency agency, String pausedBy, Instant since, String reason) {

    public AgencyPause {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(pausedBy, "pausedBy");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(reason, "reason");
    }
}
