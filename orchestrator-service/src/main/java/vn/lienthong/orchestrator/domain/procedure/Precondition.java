package vn.lienthong.orchestrator.domain.procedure;

import java.util.Optional;

import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** What a person must do before a step may start, if anything (e.g. an officer sees an original document). */
@FunctionalInterface
public interface Precondition {

    Optional<RequiredAction> unmetFor(Dossier dossier, Step step);
}
