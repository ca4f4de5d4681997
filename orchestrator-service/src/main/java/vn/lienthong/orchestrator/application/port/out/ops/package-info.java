/** What the ops use cases need from storage and transport: pauses, audit log, jobs, dead letters. */
package vn.lienthong.orchestrator.application.port.out.ops;
