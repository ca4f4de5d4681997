package vn.lienthong.orchestrator.application.port.out.ops;

import java.time.Instant;
import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.application.port.model.ops.TroubledStep;

/** Steps of dossiers still under way that failed, wait or are stuck, oldest first. */
public interface TroubledSteps {

    /** {@code stuckBefore}: a step counts as stuck when its measure of progress is older than this. */
    OpsPage<TroubledStep> page(StepFilter filter, Instant now, Instant stuckBefore, int page, int size);
}
