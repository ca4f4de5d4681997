package vn.lienthong.orchestrator.application.port.in.ops;

import vn.lienthong.orchestrator.application.port.out.ops.OpsPage;
import vn.lienthong.orchestrator.application.port.out.ops.StepFilter;
import vn.lienthong.orchestrator.application.port.out.ops.TroubledStep;

/** Failed, waiting and stuck steps of dossiers still under way, oldest first. */
public interface FindTroubledStepsUseCase {

    OpsPage<TroubledStep> find(StepFilter filter, int page, int size);
}
