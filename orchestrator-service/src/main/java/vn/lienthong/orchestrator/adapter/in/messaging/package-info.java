/**
 * What the messaging machinery tells the saga about its own requests: a command the outbox
 * parked because it can never be sent, and a command an agency dead-lettered because it could not
 * read or process it. Both fail the step the command belongs to, for ops.
 */
package vn.lienthong.orchestrator.adapter.in.messaging;
