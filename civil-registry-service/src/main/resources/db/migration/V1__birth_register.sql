-- One counter per commune and year: the commune's birth register of that year. The row lock taken
-- by the increment makes concurrent registrations in one register take turns.
create table birth_register_serial (
    commune_code  text    not null,
    register_year integer not null,
    last_serial   bigint  not null,
    primary key (commune_code, register_year)
);

-- The birth registers of all communes, one row per entry. The certificate number encodes commune,
-- year and serial, so it is unique with them. The unique constraints hold even when two registrations
-- race past the service's checks: one of them fails and is retried, and then sees the other.
create table birth_register_entry (
    birth_certificate_number            text primary key,
    commune_code                        text    not null,
    register_volume                     text    not null,
    entry_number                        integer not null,
    registered_on                       date    not null,
    late_registration                   boolean not null,
    dossier_id                          uuid    not null,
    portal_dossier_code                 text,
    child_personal_id_number            text    not null,
    child_full_name                     text    not null,
    child_sex                           text    not null,
    child_date_of_birth                 date    not null,
    child_facility_name                 text,
    child_place_of_birth_commune_code   text,
    child_ethnicity                     text,
    child_nationality                   text,
    medical_birth_certificate_number    text,
    medical_birth_certificate_electronic boolean not null,
    mother_full_name                    text    not null,
    mother_date_of_birth                date,
    mother_personal_id_number           text    not null,
    mother_ethnicity                    text,
    mother_nationality                  text,
    father_full_name                    text,
    father_date_of_birth                date,
    father_personal_id_number           text,
    father_ethnicity                    text,
    father_nationality                  text,
    declarant_full_name                 text    not null,
    declarant_personal_id_number        text,
    declarant_relationship              text    not null,
    original_birth_statement_seen       boolean not null,
    recorded_at                         timestamptz not null default now(),
    constraint birth_register_entry_dossier_uk unique (dossier_id),
    constraint birth_register_entry_child_uk unique (child_personal_id_number),
    constraint birth_register_entry_same_birth_uk
        unique (mother_personal_id_number, child_date_of_birth, medical_birth_certificate_number),
    constraint birth_register_entry_position_uk unique (commune_code, register_volume, entry_number)
);

-- A birth outside a health facility has no medical birth certificate; the same mother, date of
-- birth and child's name make it the same birth (twins have different names).
create unique index birth_register_entry_same_home_birth_uk
    on birth_register_entry (mother_personal_id_number, child_date_of_birth, lower(child_full_name))
    where medical_birth_certificate_number is null;
