/**
 * Procedures as declarations, and the rules every procedure shares. {@link
 * vn.lienthong.orchestrator.domain.procedure.Procedure} is the declaration type, {@link
 * vn.lienthong.orchestrator.domain.procedure.ThreeInOne} the 3-in-1 procedure, {@link
 * vn.lienthong.orchestrator.domain.procedure.Procedures} the list the orchestrator runs, and {@link
 * vn.lienthong.orchestrator.domain.procedure.StepOutcomes} what a refusal or an undeliverable request
 * asks, and of whom, in any procedure.
 */
package vn.lienthong.orchestrator.domain.procedure;
