-- The trace context (W3C traceparent) of the transaction that wrote the message: the outbox relay
-- puts it in the Kafka record's headers, so the receiver continues the same trace.
alter table outbox_message add column trace_parent text;

-- The trace each dossier's intake began: the population database's calls, made later outside any
-- request, continue it, so one dossier is one trace.
create table dossier_trace (
    dossier_id   uuid primary key,
    trace_parent text not null
);
