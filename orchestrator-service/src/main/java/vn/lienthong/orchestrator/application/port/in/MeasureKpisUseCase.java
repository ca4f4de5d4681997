package vn.lienthong.orchestrator.application.port.in;

import java.time.LocalDate;
import java.util.List;

import vn.lienthong.orchestrator.application.port.model.kpi.Commune;
import vn.lienthong.orchestrator.application.port.model.kpi.Kpis;
import vn.lienthong.rules.access.Caller;

/**
 * The key performance indicators of a period, measured over the dossiers the caller may see: ops
 * and administrators every commune, a commune's staff their communes.
 */
public interface MeasureKpisUseCase {

    /** {@code communeCode} or {@code provinceCode} narrow the scope (null: every visible commune). */
    Kpis measure(LocalDate from, LocalDate to, String communeCode, String provinceCode, Caller caller);

    /** The communes the caller may see, with their province. */
    List<Commune> communes(Caller caller);
}
