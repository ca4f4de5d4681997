package vn.lienthong.orchestrator.application.port.model.ops;

import java.util.UUID;

import vn.lienthong.orchestrator.domain.dossier.Step;

/** One step of one dossier in a bulk replay's snapshot. */
public record ReplayItem(UUID dossierId, Step step) {
}
