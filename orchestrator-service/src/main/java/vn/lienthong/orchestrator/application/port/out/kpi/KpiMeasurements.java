package vn.lienthong.orchestrator.application.port.out.kpi;

import java.util.List;

/** The queries over the stored dossiers that the measurements are made of. */
public interface KpiMeasurements {

    Kpis measure(KpiScope scope);

    /** Every commune the system knows, with its province. */
    List<Commune> communes();
}
