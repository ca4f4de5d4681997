/** What the ops use cases need from storage and transport: pauses, jobs, dead letters. */
package vn.lienthong.orchestrator.application.port.out.ops;
