package vn.lienthong.deploy.population;

import java.util.List;

/**
 * The communes every stand-in agency knows. Codes are illustrative, shaped like the
 * administrative code list. The id-number service seeds the same list in its migration
 * {@code V2__seed_communes.sql}; its integration test keeps the two equal.
 */
public final class Communes {

    public static final String DONG_NAI = "075";
    public static final String HO_CHI_MINH_CITY = "079";
    public static final String HA_NOI = "001";

    public static final List<Commune> ALL = List.of(
            dongNai("25450", "Xã Bù Gia Mập"),
            dongNai("25453", "Xã Đăk Ơ"),
            dongNai("25441", "Xã Phú Nghĩa"),
            dongNai("25555", "Xã Bù Đăng"),
            dongNai("25195", "Phường Đồng Xoài"),
            dongNai("25210", "Phường Bình Phước"),
            dongNai("26041", "Phường Trấn Biên"),
            dongNai("26068", "Phường Biên Hòa"),
            dongNai("26368", "Phường Long Khánh"),
            hoChiMinhCity("26734", "Phường Sài Gòn"),
            hoChiMinhCity("26743", "Phường Bến Thành"),
            hoChiMinhCity("26740", "Phường Tân Định"),
            hoChiMinhCity("27259", "Phường Chợ Lớn"),
            hoChiMinhCity("25747", "Phường Thủ Dầu Một"),
            hoChiMinhCity("26506", "Phường Vũng Tàu"),
            hoChiMinhCity("27664", "Xã Cần Giờ"),
            haNoi("00004", "Phường Ba Đình"),
            haNoi("00070", "Phường Hoàn Kiếm"),
            haNoi("00103", "Phường Tây Hồ"),
            haNoi("00166", "Phường Cầu Giấy"),
            haNoi("08974", "Xã Sóc Sơn"));

    private Communes() {
    }

    public static Commune byCode(String code) {
        return ALL.stream().filter(commune -> commune.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no commune " + code));
    }

    public static List<Commune> inProvince(String provinceCode) {
        return ALL.stream().filter(commune -> commune.provinceCode().equals(provinceCode)).toList();
    }

    private static Commune dongNai(String code, String name) {
        return new Commune(code, name, DONG_NAI, "Tỉnh Đồng Nai");
    }

    private static Commune hoChiMinhCity(String code, String name) {
        return new Commune(code, name, HO_CHI_MINH_CITY, "Thành phố Hồ Chí Minh");
    }

    private static Commune haNoi(String code, String name) {
        return new Commune(code, name, HA_NOI, "Thành phố Hà Nội");
    }
}
