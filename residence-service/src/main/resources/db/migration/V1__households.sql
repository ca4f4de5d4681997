-- Names of the communes the service knows; a household in another commune shows its code.
create table commune (
    code text primary key,
    name text not null
);

create table household (
    household_number        text primary key,
    commune_code            text not null,
    address_line            text not null,
    -- The address line as compared (AddressKey): trimmed, spaces collapsed, lower case, diacritics kept.
    address_key             text not null,
    head_personal_id_number text not null
);

create index household_at_address on household (commune_code, address_key);

-- Keyed by the personal ID number: a person is a permanent resident of one household only, so a
-- child is never registered twice, whichever dossier asks and however concurrently.
create table household_member (
    personal_id_number   text primary key,
    household_number     text not null references household (household_number),
    full_name            text not null,
    relationship_to_head text not null
        check (relationship_to_head in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')),
    resident_since       date,
    -- Set only for children registered through this service.
    registration_number  text unique,
    dossier_id           uuid,
    registered_at        timestamptz
);

create index household_member_of_household on household_member (household_number);

-- One serial counter per commune and year; the row lock makes concurrent registrations take turns.
create table registration_serial (
    commune_code text not null,
    year         int  not null,
    last_serial  bigint not null,
    primary key (commune_code, year)
);
