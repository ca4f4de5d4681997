-- Households known from the start. The people are synthetic; their ID numbers follow the real
-- format (province, century and sex, year of birth, six digits). Household HK-25450-000001 is the
-- family of the portal's example dossier (shared/examples/dossier-3in1.json), so that dossier
-- completes against a freshly started system. Commune codes are illustrative. More households
-- come from the seed directory (households.csv).
insert into commune (code, name) values
    ('25450', 'Xã Bù Gia Mập'),
    ('26734', 'Phường Sài Gòn'),
    ('00004', 'Phường Ba Đình');

insert into household (household_number, commune_code, address_line, address_key, head_personal_id_number) values
    -- The example family: the mother heads the household, the father is her spouse.
    ('HK-25450-000001', '25450', 'Thôn 3', 'thôn 3', '070198001234'),
    -- Same hamlet, another household: the parents live with the husband's father, who heads it.
    ('HK-25450-000002', '25450', 'Thôn 3', 'thôn 3', '070060001122'),
    ('HK-25450-000003', '25450', 'Thôn Bù Tam', 'thôn bù tam', '070175009900'),
    ('HK-26734-000001', '26734', 'Số 12 đường Lê Lợi', 'số 12 đường lê lợi', '079085001234'),
    ('HK-00004-000001', '00004', 'Số 5 phố Phan Đình Phùng', 'số 5 phố phan đình phùng', '001080004567');

insert into household_member (personal_id_number, household_number, full_name, relationship_to_head, resident_since) values
    ('070198001234', 'HK-25450-000001', 'Điểu Thị Lan', 'HEAD', '2020-06-15'),
    ('070095004567', 'HK-25450-000001', 'Điểu Văn Minh', 'SPOUSE', '2021-03-02'),

    ('070060001122', 'HK-25450-000002', 'Điểu Văn Brơi', 'HEAD', '1988-01-20'),
    ('070162003344', 'HK-25450-000002', 'Thị Nga', 'SPOUSE', '1988-01-20'),
    ('070097005566', 'HK-25450-000002', 'Điểu Văn Tuấn', 'CHILD', '1997-08-09'),
    ('070199007788', 'HK-25450-000002', 'Lâm Thị Hạnh', 'OTHER', '2022-11-05'),

    ('070175009900', 'HK-25450-000003', 'Điểu Thị Mai', 'HEAD', '2001-04-11'),

    ('079085001234', 'HK-26734-000001', 'Nguyễn Văn An', 'HEAD', '2012-09-01'),
    ('079187002345', 'HK-26734-000001', 'Trần Thị Bích', 'SPOUSE', '2014-05-17'),
    ('079055003456', 'HK-26734-000001', 'Nguyễn Văn Hùng', 'PARENT', '2012-09-01'),

    ('001080004567', 'HK-00004-000001', 'Phạm Minh Quân', 'HEAD', '2008-02-25'),
    ('001186005678', 'HK-00004-000001', 'Lê Thu Trang', 'SPOUSE', '2011-10-10'),
    ('001088006789', 'HK-00004-000001', 'Phạm Minh Đức', 'SIBLING', '2008-02-25');
