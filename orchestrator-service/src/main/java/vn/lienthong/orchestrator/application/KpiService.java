package vn.lienthong.orchestrator.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.lienthong.orchestrator.application.port.in.MeasureKpisUseCase;
import vn.lienthong.orchestrator.application.port.model.kpi.Commune;
import vn.lienthong.orchestrator.application.port.out.kpi.KpiMeasurements;
import vn.lienthong.orchestrator.application.port.out.kpi.KpiScope;
import vn.lienthong.orchestrator.application.port.model.kpi.Kpis;
import vn.lienthong.rules.access.Caller;
import vn.lienthong.rules.access.Role;

public class KpiService implements MeasureKpisUseCase {

    private final KpiMeasurements measurements;
    private final ProcedureSettings settings;

    public KpiService(KpiMeasurements measurements, ProcedureSettings settings) {
        this.measurements = measurements;
        this.settings = settings;
    }

    @Override
    public Kpis measure(LocalDate from, LocalDate to, String communeCode, String provinceCode, Caller caller) {
        return measurements.measure(new KpiScope(from, to, settings.zone(), communeCode, provinceCode, visible(caller)));
    }

    @Override
    public List<Commune> communes(Caller caller) {
        Set<String> visible = visible(caller);
        return measurements.communes().stream().filter(c -> visible == null || visible.contains(c.code())).toList();
    }

    /** The communes whose dossiers the caller may see (null: all), as for the dossier lists. */
    private static Set<String> visible(Caller caller) {
        if (caller.has(Role.OPS) || caller.has(Role.ADMIN)) {
            return null;
        }
        return caller.isCommuneStaff() ? Set.copyOf(caller.communes()) : Set.of();
    }
}
