-- Bulk re-verification of personal ID numbers. Each number's outcome is stored when known:
-- outcome null means not checked yet, or waiting (next_attempt_at) for another round.
create table verification_job (
    id              uuid primary key,
    status          text        not null,
    operator        text        not null,
    reason          text        not null,
    rate_per_second integer     not null,
    max_rounds      integer     not null,
    total           integer     not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    lease_until     timestamptz
);

create index verification_job_running on verification_job (started_at) where status = 'RUNNING';

create table verification_job_item (
    job_id             uuid    not null references verification_job (id),
    item_index         integer not null,
    personal_id_number text    not null,
    outcome            text,
    full_name          text,
    date_of_birth      date,
    attempts           integer not null default 0,
    last_error         text,
    next_attempt_at    timestamptz,
    primary key (job_id, item_index)
);

create index verification_job_item_due on verification_job_item (job_id, attempts, item_index) where outcome is null;
create index verification_job_item_by_outcome on verification_job_item (job_id, outcome, item_index);
