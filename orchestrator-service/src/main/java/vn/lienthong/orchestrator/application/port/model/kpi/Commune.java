package vn.lienthong.orchestrator.application.port.model.kpi;

/** A commune and the province it belongs to (there is no district: local government has two levels). */
public record Commune(String code, String name, String provinceCode, String provinceName) {
}
