/**
 * The values both sides of the ports speak of: what a use case answers with
 * ({@code application/port/in}) and what storage and transport hand back
 * ({@code application/port/out}), such as a page of dossiers or the outcome of a call to the
 * population database. A use case's port shows these, never an outbound port.
 */
package vn.lienthong.orchestrator.application.port.model;
