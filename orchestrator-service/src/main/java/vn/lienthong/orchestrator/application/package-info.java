/** The orchestrator's use cases and the ports they need; no framework code. */
package vn.lienthong.orchestrator.application;
