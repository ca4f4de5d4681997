/** The ops values both sides of the ports speak of: pauses, replay and verification jobs, dead letters, parked messages, troubled steps. */
package vn.lienthong.orchestrator.application.port.model.ops;
