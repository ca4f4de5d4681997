/**
 * What comes back to the saga over Kafka and the messaging machinery: each agency's replies
 * ({@code CivilRegistryReplies}, {@code ResidenceReplies}, {@code HealthInsuranceReplies}), read
 * as step results and passed to the saga through its port; a command the outbox parked because it
 * can never be sent; and a command an agency dead-lettered because it could not read or process
 * it. Both of the latter fail the step the command belongs to, for ops.
 */
package vn.lienthong.orchestrator.adapter.in.messaging;
