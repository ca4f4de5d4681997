-- One counter per commune and year: the commune's death register of that year (sổ đăng ký khai tử),
-- a book of its own beside the birth register (Civil Status Law 2014, Art. 58(1)).
create table death_register_serial (
    commune_code  text    not null,
    register_year integer not null,
    last_serial   bigint  not null,
    primary key (commune_code, register_year)
);

-- The death registers of all communes, one row per entry. The extract number encodes commune, year
-- and serial, so it is unique with them. A person dies once and a dossier registers one death: the
-- unique constraints hold even when two registrations race past the service's checks.
create table death_register_entry (
    death_extract_number            text primary key,
    commune_code                    text    not null,
    register_volume                 text    not null,
    entry_number                    integer not null,
    registered_on                   date    not null,
    late_registration               boolean not null,
    dossier_id                      uuid    not null,
    portal_dossier_code             text,
    deceased_personal_id_number     text    not null,
    deceased_full_name              text    not null,
    deceased_sex                    text    not null,
    deceased_date_of_birth          date    not null,
    deceased_ethnicity              text,
    deceased_nationality            text,
    last_residence_commune_code     text,
    last_residence_address_line     text,
    date_of_death                   date    not null,
    time_of_death                   time,
    place_facility_name             text,
    place_commune_code              text,
    place_address_line              text,
    cause_category                  text    not null,
    proof_kind                      text    not null,
    proof_number                    text    not null,
    proof_issued_on                 date,
    proof_issuer                    text    not null,
    proof_electronic                boolean not null,
    declarant_full_name             text    not null,
    declarant_personal_id_number    text,
    declarant_relationship          text    not null,
    declarant_authorization_number  text,
    recorded_at                     timestamptz not null default now(),
    constraint death_register_entry_dossier_uk unique (dossier_id),
    constraint death_register_entry_deceased_uk unique (deceased_personal_id_number),
    constraint death_register_entry_position_uk unique (commune_code, register_volume, entry_number)
);
