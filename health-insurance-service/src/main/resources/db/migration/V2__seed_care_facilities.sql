-- Initial care facilities known from the start. Codes are illustrative, shaped like the
-- province-facility codes the portal sends ("75-012"). More come from the seed directory.
insert into care_facility (code, name, province_code) values
    ('75-012', 'Trung tâm Y tế khu vực Bù Gia Mập', '075'),
    ('75-001', 'Bệnh viện Đa khoa tỉnh Đồng Nai', '075'),
    ('75-020', 'Trạm Y tế xã Bù Gia Mập', '075'),
    ('79-003', 'Bệnh viện Nhi Đồng 1', '079'),
    ('79-045', 'Trạm Y tế phường Sài Gòn', '079'),
    ('01-010', 'Bệnh viện Nhi Trung ương', '001'),
    ('01-102', 'Trạm Y tế phường Ba Đình', '001');
