package vn.lienthong.deploy.population;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives out personal ID numbers in the real format (Decree 137/2015, Circular 07/2016/TT-BCA):
 * the 3-digit province code where the birth was registered, the century-and-sex digit (1900s male
 * 0 / female 1, 2000s 2/3, …), the last two digits of the year, six random digits. The six digits
 * start at 100000, so no number meets the example parents' (070198001234, 070095004567), and
 * none is given twice.
 */
final class IdNumbers {

    /** Where parents living in each province were born: mostly there, some in provinces of origin. */
    private static final Map<String, List<String>> HOME_PROVINCES = Map.of(
            Communes.DONG_NAI, List.of("075", "070"),
            Communes.HO_CHI_MINH_CITY, List.of("079", "074", "077"),
            Communes.HA_NOI, List.of("001"));
    private static final List<String> PROVINCES_OF_ORIGIN = List.of("031", "034", "036", "037", "038", "040", "042",
            "046", "048", "066", "067", "083", "089", "092", "094");
    private static final int LOWEST_RANDOM_PART = 100_000;

    private final Draw draw;
    private final Set<String> given = new HashSet<>(Set.of("070198001234", "070095004567"));

    IdNumbers(Draw draw) {
        this.draw = draw;
    }

    /** The province where someone living in {@code provinceCode} had their birth registered. */
    String birthProvince(String provinceCode) {
        return draw.chance(0.7) ? draw.oneOf(HOME_PROVINCES.get(provinceCode)) : draw.oneOf(PROVINCES_OF_ORIGIN);
    }

    String next(String birthProvince, Sex sex, LocalDate dateOfBirth) {
        String prefix = prefix(birthProvince, sex, dateOfBirth.getYear());
        while (true) {
            String number = prefix + draw.between(LOWEST_RANDOM_PART, 999_999);
            if (given.add(number)) {
                return number;
            }
        }
    }

    /** The first six digits of the number of someone born in {@code year}. */
    static String prefix(String birthProvince, Sex sex, int year) {
        if (year < 1900 || year > 2399) {
            throw new IllegalArgumentException("no century code for " + year);
        }
        int centuryAndSex = 2 * (year / 100 - 19) + (sex == Sex.FEMALE ? 1 : 0);
        return birthProvince + centuryAndSex + String.format("%02d", year % 100);
    }
}
