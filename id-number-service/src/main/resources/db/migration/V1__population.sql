create table commune (
    code          text primary key,
    name          text not null,
    province_code text not null check (province_code ~ '^0[0-9]{2}$'),
    province_name text not null
);

-- Every person known, parents and newborns alike. The primary key is what makes a number unique
-- for life: rows are never deleted, so a number is never given twice.
create table citizen (
    personal_id_number               text primary key check (personal_id_number ~ '^[0-9]{12}$'),
    full_name                        text not null,
    sex                              text not null check (sex in ('MALE', 'FEMALE')),
    date_of_birth                    date not null,
    ethnicity                        text,
    nationality                      text not null,
    permanent_residence_commune_code text references commune (code),
    recorded_at                      timestamptz not null default now()
);

-- The request each newborn's number answered, with the data asked for, so a repeated request
-- gets the same number and a reused request id with other data is recognised.
create table personal_id_number_assignment (
    request_id                text primary key,
    personal_id_number        text not null unique references citizen (personal_id_number),
    full_name                 text not null,
    sex                       text not null,
    date_of_birth             date not null,
    registration_commune_code text not null references commune (code),
    mother_personal_id_number text not null references citizen (personal_id_number),
    father_personal_id_number text references citizen (personal_id_number),
    nationality               text not null,
    issued_at                 timestamptz not null
);
