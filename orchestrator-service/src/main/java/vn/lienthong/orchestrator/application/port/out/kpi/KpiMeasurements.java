package vn.lienthong.orchestrator.application.port.out.kpi;

import java.util.List;
import vn.lienthong.orchestrator.application.port.model.kpi.Commune;
import vn.lienthong.orchestrator.application.port.model.kpi.Kpis;

/** The queries over the stored dossiers that the measurements are made of. */
public interface KpiMeasurements {

    Kpis measure(KpiScope scope);

    /** Every commune the system knows, with its province. */
    List<Commune> communes();
}
