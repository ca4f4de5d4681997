-- Dead-lettered records ops sent back to their topic; the key makes a second redrive impossible.
create table dead_letter_redrive (
    topic            text        not null,
    record_partition integer     not null,
    record_offset    bigint      not null,
    operator         text        not null,
    reason           text        not null,
    redriven_at      timestamptz not null,
    primary key (topic, record_partition, record_offset)
);
