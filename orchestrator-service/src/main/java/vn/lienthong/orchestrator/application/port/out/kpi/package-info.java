/** What the console's key performance indicators are measured from: queries over the dossiers. */
package vn.lienthong.orchestrator.application.port.out.kpi;
