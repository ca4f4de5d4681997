package vn.lienthong.deploy.population;

import java.util.List;

/** Ethnic groups (dân tộc) in proportions that roughly fit each province; Kinh everywhere most. */
final class Ethnicities {

    static final String KINH = "Kinh";
    static final List<String> ALL = List.of(KINH, "Xtiêng", "M'Nông", "Khmer", "Tày", "Nùng", "Hoa", "Thái", "Mường");

    private Ethnicities() {
    }

    static String draw(String provinceCode, Draw draw) {
        switch (provinceCode) {
            case Communes.DONG_NAI:
                return draw.weighted(List.of(KINH, "Xtiêng", "M'Nông", "Khmer", "Tày", "Nùng", "Hoa"),
                        72, 12, 5, 3, 3, 3, 2);
            case Communes.HO_CHI_MINH_CITY:
                return draw.weighted(List.of(KINH, "Hoa", "Khmer", "Tày", "Nùng"), 88, 7, 3, 1, 1);
            default:
                return draw.weighted(List.of(KINH, "Mường", "Tày", "Thái"), 94, 3, 2, 1);
        }
    }
}
