/** The audit chain's use cases: recording what people read and do, listing the entries, verifying the chain. */
package vn.lienthong.orchestrator.application.port.in.audit;
