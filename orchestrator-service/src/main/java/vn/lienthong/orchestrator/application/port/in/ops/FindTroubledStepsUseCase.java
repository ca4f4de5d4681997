package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.model.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.application.port.model.ops.TroubledStep;

/** Failed, waiting and stuck steps of dossiers still under way, oldest first. */
public interface FindTroubledStepsUseCase {

    OpsPage<TroubledStep> find(StepFilter filter, int page, int size);
}
