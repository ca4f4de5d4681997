package vn.lienthong.orchestrator.domain.dossier;

import java.time.Instant;

/** One thing that happened to a dossier, told in Vietnamese and English. {@code step} may be null. */
public record HistoryEntry(Instant at, String event, Step step, String messageVi, String messageEn) {
}
