-- A newborn's parents may be checked in the request for the number (parentsAsDeclared), so that a
-- dossier needs one call to the population database instead of three.

-- The fingerprint of the parents' data a request asked to check (they matched); null when the
-- request asked for no check. Part of what makes a repeated request the same request.
alter table personal_id_number_assignment add column parents_digest text;

-- Requests held without a number because a parent is recorded otherwise than declared, with the
-- parents as recorded at that moment: the same request id gets the same answer again, even after
-- the records change. request_digest recognises a reused request id with other data.
create table parent_data_hold (
    request_id         text not null,
    role               text not null check (role in ('mother', 'father')),
    request_digest     text not null,
    personal_id_number text not null references citizen (personal_id_number),
    full_name          text not null,
    date_of_birth      date,
    date_of_death      date,
    deceased           boolean not null,
    held_at            timestamptz not null,
    primary key (request_id, role)
);
