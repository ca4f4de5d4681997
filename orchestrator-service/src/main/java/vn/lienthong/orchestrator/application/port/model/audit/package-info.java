/** The audit values both sides of the ports speak of: what was done, and the refusal to act unrecorded. */
package vn.lienthong.orchestrator.application.port.model.audit;
