-- The rest of the administrative units the population database knows (the same illustrative
-- code list every agency holds), so registered addresses read with the commune's name.
insert into commune (code, name) values
    ('25453', 'Xã Đăk Ơ'),
    ('25441', 'Xã Phú Nghĩa'),
    ('25555', 'Xã Bù Đăng'),
    ('25195', 'Phường Đồng Xoài'),
    ('25210', 'Phường Bình Phước'),
    ('26041', 'Phường Trấn Biên'),
    ('26068', 'Phường Biên Hòa'),
    ('26368', 'Phường Long Khánh'),
    ('26743', 'Phường Bến Thành'),
    ('26740', 'Phường Tân Định'),
    ('27259', 'Phường Chợ Lớn'),
    ('25747', 'Phường Thủ Dầu Một'),
    ('26506', 'Phường Vũng Tàu'),
    ('27664', 'Xã Cần Giờ'),
    ('00070', 'Phường Hoàn Kiếm'),
    ('00103', 'Phường Tây Hồ'),
    ('00166', 'Phường Cầu Giấy'),
    ('08974', 'Xã Sóc Sơn');
