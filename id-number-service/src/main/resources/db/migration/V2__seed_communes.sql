-- Communes known from the start: codes are illustrative, shaped like the administrative code list
-- (5-digit commune, 3-digit province). The synthetic population generator
-- (deploy: vn.lienthong.deploy.population.Communes) holds the same list; a test keeps them equal.
insert into commune (code, name, province_code, province_name) values
    ('25450', 'Xã Bù Gia Mập', '075', 'Tỉnh Đồng Nai'),
    ('25453', 'Xã Đăk Ơ', '075', 'Tỉnh Đồng Nai'),
    ('25441', 'Xã Phú Nghĩa', '075', 'Tỉnh Đồng Nai'),
    ('25555', 'Xã Bù Đăng', '075', 'Tỉnh Đồng Nai'),
    ('25195', 'Phường Đồng Xoài', '075', 'Tỉnh Đồng Nai'),
    ('25210', 'Phường Bình Phước', '075', 'Tỉnh Đồng Nai'),
    ('26041', 'Phường Trấn Biên', '075', 'Tỉnh Đồng Nai'),
    ('26068', 'Phường Biên Hòa', '075', 'Tỉnh Đồng Nai'),
    ('26368', 'Phường Long Khánh', '075', 'Tỉnh Đồng Nai'),
    ('26734', 'Phường Sài Gòn', '079', 'Thành phố Hồ Chí Minh'),
    ('26743', 'Phường Bến Thành', '079', 'Thành phố Hồ Chí Minh'),
    ('26740', 'Phường Tân Định', '079', 'Thành phố Hồ Chí Minh'),
    ('27259', 'Phường Chợ Lớn', '079', 'Thành phố Hồ Chí Minh'),
    ('25747', 'Phường Thủ Dầu Một', '079', 'Thành phố Hồ Chí Minh'),
    ('26506', 'Phường Vũng Tàu', '079', 'Thành phố Hồ Chí Minh'),
    ('27664', 'Xã Cần Giờ', '079', 'Thành phố Hồ Chí Minh'),
    ('00004', 'Phường Ba Đình', '001', 'Thành phố Hà Nội'),
    ('00070', 'Phường Hoàn Kiếm', '001', 'Thành phố Hà Nội'),
    ('00103', 'Phường Tây Hồ', '001', 'Thành phố Hà Nội'),
    ('00166', 'Phường Cầu Giấy', '001', 'Thành phố Hà Nội'),
    ('08974', 'Xã Sóc Sơn', '001', 'Thành phố Hà Nội');
