package vn.lienthong.deploy.population;

import java.util.List;

/**
 * Address lines as households write them: villages (thôn, ấp, tổ) in rural communes, house
 * numbers and streets in wards. Many contain a comma, which the seed files must quote.
 */
final class Addresses {

    private static final List<String> STREETS = List.of("Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng",
            "Lý Thường Kiệt", "Phan Chu Trinh", "Quang Trung", "Nguyễn Trãi", "Điện Biên Phủ", "Hùng Vương",
            "Lê Duẩn", "Võ Thị Sáu");

    private Addresses() {
    }

    static String draw(Commune commune, Draw draw) {
        if (commune.isRural()) {
            String kind = draw.weighted(List.of("Thôn", "Ấp", "Tổ"), 5, 3, 2);
            return kind.equals("Tổ")
                    ? "Tổ " + draw.between(1, 15) + ", Thôn " + draw.between(1, 12)
                    : kind + " " + draw.between(1, 12);
        }
        String street = draw.oneOf(STREETS);
        int house = draw.between(1, 420);
        if (commune.provinceCode().equals(Communes.HA_NOI)) {
            return draw.chance(0.5)
                    ? "Số " + house + " phố " + street + ", Tổ dân phố " + draw.between(1, 30)
                    : "Số " + draw.between(1, 60) + " ngõ " + house + " phố " + street;
        }
        return "Số " + house + " đường " + street + ", Khu phố " + draw.between(1, 12);
    }
}
