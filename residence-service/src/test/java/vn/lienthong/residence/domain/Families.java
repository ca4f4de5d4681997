package vn.lienthong.residence.domain;

import java.time.LocalDate;
import java.util.List;

/** The families of the built-in seed, as domain objects for tests that run without a database. */
public final class Families {

    public static final PersonalIdNumber LAN = new PersonalIdNumber("070198001234");
    public static final PersonalIdNumber MINH = new PersonalIdNumber("070095004567");
    public static final PersonalIdNumber BROI = new PersonalIdNumber("070060001122");
    public static final PersonalIdNumber TUAN = new PersonalIdNumber("070097005566");
    public static final PersonalIdNumber HANH = new PersonalIdNumber("070199007788");
    public static final PersonalIdNumber AN = new PersonalIdNumber("079085001234");
    public static final CommuneCode BU_GIA_MAP = new CommuneCode("25450");

    private Families() {
    }

    /** The example dossier's family: the mother Lan heads it, the father Minh is her spouse. */
    public static Household lansHousehold() {
        return new Household(new HouseholdNumber("HK-25450-000001"), BU_GIA_MAP, "Xã Bù Gia Mập", "Thôn 3", LAN, List.of(
                member(LAN, "Điểu Thị Lan", Relationship.HEAD),
                member(MINH, "Điểu Văn Minh", Relationship.SPOUSE)));
    }

    /** Same hamlet: Brơi heads it; his son Tuấn and Tuấn's wife Hạnh live with him. */
    public static Household broisHousehold() {
        return new Household(new HouseholdNumber("HK-25450-000002"), BU_GIA_MAP, "Xã Bù Gia Mập", "Thôn 3", BROI, List.of(
                member(BROI, "Điểu Văn Brơi", Relationship.HEAD),
                member(TUAN, "Điểu Văn Tuấn", Relationship.CHILD),
                member(HANH, "Lâm Thị Hạnh", Relationship.OTHER)));
    }

    /** In another province: An heads it. */
    public static Household ansHousehold() {
        return new Household(new HouseholdNumber("HK-26734-000001"), new CommuneCode("26734"), "Phường Sài Gòn",
                "Số 12 đường Lê Lợi", AN, List.of(member(AN, "Nguyễn Văn An", Relationship.HEAD)));
    }

    private static Member member(PersonalIdNumber person, String name, Relationship relationship) {
        return new Member(person, name, relationship, LocalDate.of(2020, 6, 15), null);
    }
}
