-- Messages written with a state change, published to Kafka by the outbox relay, then deleted.
create table outbox_message (
    id           bigint generated always as identity primary key,
    message_id   uuid        not null,
    topic        text        not null,
    message_key  text,
    message_type text        not null,
    payload      bytea       not null,
    created_at   timestamptz not null default now()
);

-- One row per command handled, with the reply it produced, so a repeated command is answered
-- with the same reply and has no second effect.
create table processed_command (
    command_id    uuid primary key,
    reply_topic   text,
    reply_key     text,
    reply_type    text,
    reply_payload bytea,
    processed_at  timestamptz not null default now()
);
