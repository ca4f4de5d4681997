-- What the console's worklist and KPIs read: a search column, the communes with their province,
-- and indexes for the officers' queue and the measurements over the history.

-- Text folded for search: letters without their marks (Vietnamese "đ/Đ" as "d"), lower case,
-- spaces collapsed, so "nguyen van an" finds "Nguyễn Văn An". Texts are stored in NFC (contracts/rules),
-- so each accented letter is one character here. The same function folds what is searched for.
create function lienthong_fold(value text) returns text
    language sql immutable parallel safe returns null on null input
    return btrim(regexp_replace(lower(translate(value,
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ',
        'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd')), '\s+', ' ', 'g'));

-- The portal dossier code and the names of the child and the parents, folded. Kept by the database
-- on every insert and on every change of the form (a supplement), so no writer can forget it.
alter table dossier add column search_text text;

create function dossier_search_text() returns trigger language plpgsql as $$
begin
    new.search_text := lienthong_fold(concat_ws(' ', new.portal_dossier_code,
        new.form -> 'child' ->> 'fullName', new.form -> 'mother' ->> 'fullName', new.form -> 'father' ->> 'fullName'));
    return new;
end $$;

create trigger dossier_search_text before insert or update of form, portal_dossier_code on dossier
    for each row execute function dossier_search_text();

update dossier set search_text = lienthong_fold(concat_ws(' ', portal_dossier_code,
    form -> 'child' ->> 'fullName', form -> 'mother' ->> 'fullName', form -> 'father' ->> 'fullName'));
alter table dossier alter column search_text set not null;

-- Any part of a name or code: trigram index (pg_trgm is a trusted extension: the database's owner
-- may create it).
create extension if not exists pg_trgm;
create index dossier_by_search_text on dossier using gin (search_text gin_trgm_ops);

-- The officers' queue, oldest first, and the steps a dossier is at.
create index dossier_step_waiting on dossier_step (status_since) where status = 'ACTION_REQUIRED';

-- Measurements over the history: completions, and the ID-number step's attempts.
create index dossier_history_completed on dossier_history (at) where event = 'COMPLETED';
create index dossier_history_id_number_attempts on dossier_history (at)
    where step = 'ID_NUMBER' and event in ('ATTEMPT_FAILED', 'STEP_COMPLETED', 'ACTION_REQUIRED');

-- Communes and their province, to measure per province. Since 1 July 2025 local government has two
-- levels (province, commune): there is no district. Codes are illustrative, as in the synthetic
-- population (deploy: vn.lienthong.deploy.population.Communes); a test keeps the two equal.
create table commune (
    code          text primary key,
    name          text not null,
    province_code text not null,
    province_name text not null
);

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
