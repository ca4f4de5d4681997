create table care_facility (
    code          text primary key,
    name          text not null,
    province_code text not null
);

create table social_insurance_serial (
    province_code text primary key,
    last_serial   bigint not null
);

-- Keyed by the holder's personal ID number: a child has one card, whichever dossier asked.
create table health_insurance_card (
    card_number                text primary key,
    social_insurance_number    text not null unique,
    holder_personal_id_number  text not null unique,
    holder_full_name           text not null,
    holder_date_of_birth       date not null,
    valid_from                 date not null,
    valid_to                   date not null,
    initial_care_facility_code text not null references care_facility (code),
    dossier_id                 uuid not null,
    issued_on                  date not null,
    issued_at                  timestamptz not null default now()
);
