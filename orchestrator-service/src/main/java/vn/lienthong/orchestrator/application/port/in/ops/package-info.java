/**
 * What ops teams can do: see failed, waiting and stuck steps, replay one or many, pause an
 * agency, redrive dead letters, re-verify numbers in bulk. Each action is recorded in the audit
 * chain (port/in/audit) with the operator the token names and the reason given.
 */
package vn.lienthong.orchestrator.application.port.in.ops;
