-- A citizen's death, as the civil registry reports it once the death is registered. The citizen row
-- stays (its primary key is what keeps a number from ever being given again); it is marked with
-- the date of death.
alter table citizen add column date_of_death date;

-- The request each death answered, with the death extract, so a repeated request gets the same
-- answer and a reused request id with other data is recognised. One death per citizen.
create table death_record (
    request_id           text primary key,
    personal_id_number   text not null unique references citizen (personal_id_number),
    date_of_death        date not null,
    death_extract_number text not null,
    recorded_at          timestamptz not null
);

-- The family of household HK-25450-000002 in the residence database: the death group's example
-- dossier (deploy/src/main/resources/examples/dossier-death.json) declares the death of its head,
-- Điểu Văn Brơi, filed by his son. Their numbers were registered in province 070.
insert into citizen (personal_id_number, full_name, sex, date_of_birth, ethnicity, nationality,
                     permanent_residence_commune_code) values
    ('070060001122', 'Điểu Văn Brơi', 'MALE', '1960-05-14', 'Xtiêng', 'VN', '25450'),
    ('070162003344', 'Thị Nga', 'FEMALE', '1962-08-03', 'Xtiêng', 'VN', '25450'),
    ('070097005566', 'Điểu Văn Tuấn', 'MALE', '1997-02-21', 'Xtiêng', 'VN', '25450'),
    ('070199007788', 'Lâm Thị Hạnh', 'FEMALE', '1999-10-07', 'Kinh', 'VN', '25450')
on conflict (personal_id_number) do nothing;
