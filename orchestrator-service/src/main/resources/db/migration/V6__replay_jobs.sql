-- Bulk replays. The items are the steps the filter matched when the job started; each gets its
-- outcome in the transaction that replays it. lease_until: a worker holds the job until then.
create table replay_job (
    id          uuid primary key,
    status      text        not null,
    operator    text        not null,
    reason      text        not null,
    filter      jsonb       not null,
    total       integer     not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    lease_until timestamptz
);

create index replay_job_running on replay_job (started_at) where status = 'RUNNING';

create table replay_job_item (
    job_id     uuid    not null references replay_job (id),
    dossier_id uuid    not null,
    step       text    not null,
    position   integer not null,
    outcome    text,
    code       text,
    message    text,
    handled_at timestamptz,
    primary key (job_id, dossier_id, step)
);

create index replay_job_item_pending on replay_job_item (job_id, position) where outcome is null;
