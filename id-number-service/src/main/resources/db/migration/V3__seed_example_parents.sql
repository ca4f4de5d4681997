-- The parents of the portal's example dossier (shared/examples/dossier-3in1.json), so that the
-- example completes against a freshly started system. Their numbers were registered in province
-- 070; 1/0 = female/male born in the 1900s; 98/95 = the year.
insert into citizen (personal_id_number, full_name, sex, date_of_birth, ethnicity, nationality,
                     permanent_residence_commune_code) values
    ('070198001234', 'Điểu Thị Lan', 'FEMALE', '1998-04-12', 'Xtiêng', 'VN', '25450'),
    ('070095004567', 'Điểu Văn Minh', 'MALE', '1995-09-30', 'Xtiêng', 'VN', '25450');
