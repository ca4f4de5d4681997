/**
 * What ops teams can do: see failed, waiting and stuck steps, replay one or many, pause an
 * agency, redrive dead letters, re-verify numbers in bulk, and read the audit log of all of it.
 */
package vn.lienthong.orchestrator.application.port.in.ops;
