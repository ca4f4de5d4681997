-- The audit chain (docs/security.md, "The audit chain"): every read of a dossier's personal data
-- and every action by a person or a client, each entry carrying the hash of the one before.
-- Entries are only ever appended: a trigger refuses any update, delete or truncate, for every
-- role, and the role that runs this migration (the service's own) loses those privileges.
create table audit_log (
    seq          bigint      primary key,
    at           timestamptz not null,
    subject      text        not null,
    display_name text        not null,
    role         text        not null,
    communes     text[]      not null default '{}',
    client_id    text,
    action       text        not null,
    target       text        not null,
    -- method and path template, e.g. GET /api/v1/dossiers/{dossierId}; never query values
    endpoint     text,
    reason       text,
    -- type json keeps the text exactly as written, so it hashes as it did when appended
    details      json        not null,
    prev_hash    char(64)    not null,
    hash         char(64)    not null
);

create index audit_log_by_subject on audit_log (subject, seq desc);
create index audit_log_by_action on audit_log (action, seq desc);

-- The newest entry. Appends lock this row, so they follow one another; the chain starts from
-- the genesis value.
create table audit_chain_head (
    one  boolean  primary key default true check (one),
    seq  bigint   not null,
    hash char(64) not null
);

insert into audit_chain_head (seq, hash) values (0, repeat('0', 64));

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op;
end
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- An entry must continue the chain exactly where the head is: the next number, linked to the
-- head's hash. The head then moves to it.
create function audit_log_advance_head() returns trigger language plpgsql as $$
begin
    update audit_chain_head set seq = new.seq, hash = new.hash
    where seq = new.seq - 1 and hash = new.prev_hash;
    if not found then
        raise exception 'audit entry % does not continue the chain head', new.seq;
    end if;
    return null;
end
$$;

create trigger audit_log_advances_head after insert on audit_log
    for each row execute function audit_log_advance_head();

-- The head only moves forward one entry at a time; it is never deleted.
create function audit_chain_head_only_advances() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'audit_chain_head: % refused', tg_op;
    end if;
    if new.seq <> old.seq + 1 then
        raise exception 'audit_chain_head only advances one entry at a time';
    end if;
    return new;
end
$$;

create trigger audit_chain_head_advances before update or delete on audit_chain_head
    for each row execute function audit_chain_head_only_advances();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_chain_head_only_advances();

-- The service connects as the role that runs this migration and owns the tables. Privileges are
-- withdrawn from it and from everyone; the head keeps UPDATE, which appending needs.
revoke update, delete, truncate on audit_log from public;
revoke insert, delete, truncate on audit_chain_head from public;
do $$
begin
    execute format('revoke update, delete, truncate on audit_log from %I', current_user);
    execute format('revoke insert, delete, truncate on audit_chain_head from %I', current_user);
end
$$;
