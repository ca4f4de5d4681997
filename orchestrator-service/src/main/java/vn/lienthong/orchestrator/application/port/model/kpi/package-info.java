/** The key performance indicators and the communes they are measured for. */
package vn.lienthong.orchestrator.application.port.model.kpi;
