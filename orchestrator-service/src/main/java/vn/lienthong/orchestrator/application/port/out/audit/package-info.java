/** What the audit needs from storage: appending to the chain, and reading it back. */
package vn.lienthong.orchestrator.application.port.out.audit;
