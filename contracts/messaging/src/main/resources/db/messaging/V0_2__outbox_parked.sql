-- Outbox messages that can never be sent as they are (too large for the producer or the broker,
-- an invalid or missing topic): the relay moves them here, with the reason, so that the messages
-- behind them keep flowing. A redrive writes the message to the outbox again, once.
create table outbox_parked (
    id             bigint generated always as identity primary key,
    message_id     uuid        not null,
    topic          text        not null,
    message_key    text,
    message_type   text        not null,
    payload        bytea       not null,
    reason         text        not null,
    written_at     timestamptz not null,
    parked_at      timestamptz not null default now(),
    redriven_at    timestamptz,
    redriven_by    text,
    redrive_reason text
);

-- Listings are newest first.
create index outbox_parked_newest on outbox_parked (parked_at desc, id desc);
