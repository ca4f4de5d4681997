-- One child, one number. A newborn whose mother, full name, sex and date of birth match an
-- earlier assignment is refused (POSSIBLE_DUPLICATE_CITIZEN) unless an officer confirmed it is
-- another child (vn.lienthong.idnumber.domain.ChildIdentity).

-- The name as names are compared: NFC, white space collapsed and trimmed, lower-cased by Unicode
-- simple case mapping, diacritics kept. The service computes it in Java for new rows; this
-- function, which gives the same text, fills in the rows recorded before the rule.
create function same_child_name_key(full_name text) returns text
    language sql immutable strict parallel safe
    return lower(btrim(regexp_replace(normalize(full_name collate pg_c_utf8, nfc), '\s+', ' ', 'g')));

alter table personal_id_number_assignment
    add column child_name_key text,
    -- The order numbers were recorded in, so "the earliest match" never changes once there is one.
    add column assignment_seq bigint generated always as identity,
    -- Set when the number was issued although an earlier newborn matched: who confirmed it is
    -- another child, and the number of the child it was confirmed to be distinct from.
    add column duplicate_reviewed_by text,
    add column confirmed_distinct_from text references citizen (personal_id_number);

update personal_id_number_assignment set child_name_key = same_child_name_key(full_name);

alter table personal_id_number_assignment
    alter column child_name_key set not null,
    add constraint override_names_reviewer_and_citizen
        check ((duplicate_reviewed_by is null) = (confirmed_distinct_from is null));

-- The look-up of earlier matches, done for every new number under a lock on the child's key.
create index personal_id_number_assignment_same_child on personal_id_number_assignment
    (mother_personal_id_number, date_of_birth, sex, child_name_key, assignment_seq);

-- Requests refused as possible duplicates, with the data asked for, so the same request id gets
-- the same answer again and a reused request id with other data is recognised.
create table possible_duplicate_refusal (
    request_id                  text primary key,
    full_name                   text not null,
    sex                         text not null,
    date_of_birth               date not null,
    registration_commune_code   text not null references commune (code),
    mother_personal_id_number   text not null references citizen (personal_id_number),
    father_personal_id_number   text references citizen (personal_id_number),
    nationality                 text not null,
    confirmed_distinct_from     text,
    duplicate_reviewed_by       text,
    existing_personal_id_number text not null references citizen (personal_id_number),
    refused_at                  timestamptz not null
);
