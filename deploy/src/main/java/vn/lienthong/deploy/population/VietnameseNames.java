package vn.lienthong.deploy.population;

import java.util.List;
import java.util.Map;

/**
 * Names as they are written in Vietnamese: family name, middle name, given name. Minority groups
 * draw from their own family names; "K'" joins the given name directly, as in K'Hùng.
 */
final class VietnameseNames {

    private static final List<String> KINH = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final int[] KINH_WEIGHTS = {38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 2, 2, 2, 1};
    private static final Map<String, List<String>> MINORITY = Map.of(
            "Xtiêng", List.of("Điểu"),
            "M'Nông", List.of("K'", "Điểu"),
            "Khmer", List.of("Thạch", "Danh", "Sơn", "Kim", "Lâm"),
            "Hoa", List.of("Lý", "Trần", "Lâm", "Quách", "Hứa", "Tăng"),
            "Tày", List.of("Hoàng", "Nông", "Lục", "Ma", "Triệu"),
            "Nùng", List.of("Hoàng", "Nông", "Lương", "Vi", "Lục"),
            "Thái", List.of("Lò", "Cầm", "Lường", "Quàng"),
            "Mường", List.of("Bùi", "Đinh", "Quách", "Hà"));
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Hữu", "Minh", "Gia", "Bảo", "Đức", "Quốc", "Thanh", "Công");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thanh", "Minh", "Bảo", "Thu", "Mỹ", "Khánh", "Hoài");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Minh", "Hùng", "Dũng", "Khang", "Phúc", "Huy",
            "Nam", "Long", "Tuấn", "Quân", "Sơn", "Khoa", "Đạt", "Hải", "Trí", "Vinh");
    private static final List<String> FEMALE_GIVEN = List.of("Hoa", "Lan", "Hương", "Thảo", "Trang", "Ngân", "An", "Mai",
            "Linh", "Vy", "Hà", "Nhi", "Yến", "Chi", "Hạnh", "Nga", "Thư", "Tâm");

    private VietnameseNames() {
    }

    static String familyName(String ethnicity, Draw draw) {
        List<String> names = MINORITY.get(ethnicity);
        return names == null ? draw.weighted(KINH, KINH_WEIGHTS) : draw.oneOf(names);
    }

    static String fullName(String familyName, Sex sex, Draw draw) {
        String given = draw.oneOf(sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN);
        if (familyName.endsWith("'")) {
            return familyName + given;
        }
        String middle = draw.oneOf(sex == Sex.MALE ? MALE_MIDDLE : FEMALE_MIDDLE);
        return familyName + " " + middle + " " + given;
    }
}
