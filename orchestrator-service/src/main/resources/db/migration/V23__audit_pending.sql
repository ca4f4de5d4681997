-- Audit entries are recorded in the work's own transaction without touching the chain's head, and
-- chained shortly after by the sealer (docs/security.md, "Appending"). Before, every audited
-- request locked the head until its commit, so requests followed one another one commit at a time.
-- An entry waits here, in the order recorded, until it is chained: then it is deleted in the same
-- transaction that inserts it into audit_log, and only then.
create table audit_pending (
    id           bigserial   primary key,
    at           timestamptz not null,
    subject      text        not null,
    display_name text        not null,
    role         text        not null,
    communes     text[]      not null default '{}',
    client_id    text,
    action       text        not null,
    target       text        not null,
    endpoint     text,
    reason       text,
    details      json        not null
);

-- Which recorded entry a chained entry is: the sealer's delete of a pending row is allowed only
-- once the entry is in the chain.
alter table audit_log add column pending_id bigint;
create unique index audit_log_by_pending_id on audit_log (pending_id) where pending_id is not null;

create function audit_pending_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from audit_log where pending_id = old.id) then
        return old;
    end if;
    raise exception 'audit_pending: % refused (an entry leaves only once chained)', tg_op;
end
$$;

create trigger audit_pending_leaves_only_chained before update or delete on audit_pending
    for each row execute function audit_pending_refuse_change();
create trigger audit_pending_no_truncate before truncate on audit_pending
    for each statement execute function audit_pending_refuse_change();

revoke update, truncate on audit_pending from public;
do $$
begin
    execute format('revoke update, truncate on audit_pending from %I', current_user);
end
$$;
