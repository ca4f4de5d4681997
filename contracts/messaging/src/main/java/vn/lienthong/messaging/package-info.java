/**
 * Delivery guarantees shared by every service that speaks Kafka. A service never sends to Kafka
 * directly: it appends to its {@link vn.lienthong.messaging.Outbox} in the same database
 * transaction as the state change, and the {@link vn.lienthong.messaging.OutboxRelay} publishes
 * afterwards (at least once, in order per key). A receiving agency handles each command id once
 * ({@link vn.lienthong.messaging.IdempotentCommandHandler}); a repeated command gets the stored reply
 * again. Messages nobody can read go to the topic's dead-letter topic instead of blocking it; an
 * outbox message that can never be sent is parked ({@link vn.lienthong.messaging.ParkedMessages})
 * instead of blocking the outbox; a command whose data the agency's database refuses is answered
 * with a rejection ({@link vn.lienthong.messaging.CommandNotProcessableException}).
 */
package vn.lienthong.messaging;
