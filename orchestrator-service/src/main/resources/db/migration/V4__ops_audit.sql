-- Every ops action: who, when, what, on what, why, and what it did.
create table ops_audit (
    id       bigint generated always as identity primary key,
    at       timestamptz not null,
    operator text        not null,
    action   text        not null,
    target   text        not null,
    reason   text        not null,
    details  jsonb       not null default '{}'
);

create index ops_audit_by_operator on ops_audit (operator, id desc);
create index ops_audit_by_action on ops_audit (action, id desc);
