package vn.lienthong.orchestrator.application.port.out.ops;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.orchestrator.application.port.model.ops.DeadLetterRef;
import vn.lienthong.orchestrator.application.port.model.ops.Redrive;

/** Which dead-lettered records were redriven, so none is redriven twice. Joins the caller's transaction. */
public interface Redrives {

    /**
     * Records the redrive; false if the record was redriven before. Until the transaction ends,
     * a concurrent redrive of the same record waits, then finds it taken.
     */
    boolean claim(Redrive redrive);

    Optional<Redrive> find(DeadLetterRef ref);

    /** Which of {@code refs} were redriven. */
    Set<DeadLetterRef> redriven(Collection<DeadLetterRef> refs);
}
