-- Agencies whose automatic requests ops paused; a row exists only while the pause lasts.
create table agency_pause (
    agency    text primary key,
    paused_by text        not null,
    paused_at timestamptz not null,
    reason    text        not null
);
