package vn.lienthong.deploy.population;

import java.util.List;

/** Vietnamese mobile numbers: a 3-digit network prefix and seven digits. */
final class Phones {

    private static final List<String> PREFIXES = List.of("090", "091", "093", "094", "096", "097", "098", "032", "033",
            "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083", "084",
            "085", "086", "088", "089");

    private Phones() {
    }

    static String draw(Draw draw) {
        return draw.oneOf(PREFIXES) + String.format("%07d", draw.between(0, 9_999_999));
    }
}
