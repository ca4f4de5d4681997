-- The trace context (W3C traceparent) of the transaction that wrote the message: the outbox relay
-- puts it in the Kafka record's headers, so the receiver continues the same trace.
alter table outbox_message add column trace_parent text;
