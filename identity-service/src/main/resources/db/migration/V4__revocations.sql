-- Clients and staff accounts withdrawn, with when: published at /revocations, so that the resource
-- servers, which check tokens on their own, refuse a token issued before the withdrawal within
-- seconds instead of at its expiry. Accounts and clients are managed with SQL, so triggers write
-- the rows. They run at commit (deferred), and take the time then: a token issued while the
-- withdrawing transaction was still open counts as issued before the withdrawal.
create table revocation (
    kind       varchar(10)  not null check (kind in ('CLIENT', 'STAFF')),
    subject    varchar(200) not null, -- the client id, or the staff member's username
    revoked_at timestamptz  not null,
    primary key (kind, subject)
);

create index revocation_by_time on revocation (revoked_at);

-- Security definer: whoever may delete or disable an account records its withdrawal, without a
-- right of their own on this table.
create function record_revocation(revoked_kind varchar, revoked_subject varchar) returns void
    language sql security definer set search_path from current as $$
    insert into revocation (kind, subject, revoked_at) values (revoked_kind, revoked_subject, clock_timestamp())
    on conflict (kind, subject) do update set revoked_at = excluded.revoked_at;
$$;

-- A client deleted, renamed, or given other scopes or settings (its roles are a setting).
create function client_withdrawn() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    if tg_op = 'DELETE' or old.client_id is distinct from new.client_id or old.scopes is distinct from new.scopes
            or old.client_settings is distinct from new.client_settings then
        perform record_revocation('CLIENT', old.client_id);
    end if;
    return null;
end $$;

create constraint trigger client_withdrawn after update or delete on oauth2_registered_client
    deferrable initially deferred for each row execute function client_withdrawn();

-- A staff member deleted, disabled or renamed.
create function staff_member_withdrawn() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    if tg_op = 'DELETE' or (old.enabled and not new.enabled) or old.username is distinct from new.username then
        perform record_revocation('STAFF', old.username);
    end if;
    return null;
end $$;

create constraint trigger staff_member_withdrawn after update or delete on staff_member
    deferrable initially deferred for each row execute function staff_member_withdrawn();

-- A role or commune taken from a staff member: tokens naming it must go.
create function staff_right_withdrawn() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    perform record_revocation('STAFF', old.username);
    return null;
end $$;

create constraint trigger staff_role_withdrawn after update or delete on staff_member_role
    deferrable initially deferred for each row execute function staff_right_withdrawn();

create constraint trigger staff_commune_withdrawn after update or delete on staff_member_commune
    deferrable initially deferred for each row execute function staff_right_withdrawn();
