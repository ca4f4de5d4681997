-- One row per dossier. The form, results and refusal are stored as JSON documents; the columns
-- beside them exist to find and list dossiers.
create table dossier (
    id                            uuid primary key,
    portal_dossier_code           text        not null unique,
    content_hash                  text        not null,
    form                          jsonb       not null,
    status                        text        not null,
    registration_commune_code     text        not null,
    child_full_name               text        not null,
    results                       jsonb       not null,
    original_birth_statement_seen boolean     not null default false,
    refusal                       jsonb,
    received_at                   timestamptz not null,
    updated_at                    timestamptz not null,
    statutory_due_date            date        not null,
    supplement_due_date           date,
    version                       bigint      not null
);

create index dossier_by_commune on dossier (registration_commune_code, status, received_at desc);
create index dossier_by_status on dossier (status, received_at desc);
create index dossier_by_supplement_due on dossier (supplement_due_date) where supplement_due_date is not null;

-- The four steps of each dossier. next_attempt_at is when an attempt is due (or, while an
-- attempt runs, until when it holds its lease).
create table dossier_step (
    dossier_id      uuid    not null references dossier (id),
    step            text    not null,
    status          text    not null,
    attempts        integer not null,
    command_id      uuid,
    last_error      jsonb,
    required_action jsonb,
    started_at      timestamptz,
    completed_at    timestamptz,
    next_attempt_at timestamptz,
    primary key (dossier_id, step)
);

create index dossier_step_due on dossier_step (step, next_attempt_at)
    where status in ('SCHEDULED', 'WAITING_RETRY', 'IN_PROGRESS');

create table dossier_history (
    id         bigint generated always as identity primary key,
    dossier_id uuid        not null references dossier (id),
    at         timestamptz not null,
    event      text        not null,
    step       text,
    message_vi text        not null,
    message_en text        not null
);

create index dossier_history_by_dossier on dossier_history (dossier_id, id);
