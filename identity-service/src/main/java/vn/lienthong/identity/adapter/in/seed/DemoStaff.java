package vn.lienthong.identity.adapter.in.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.lienthong.identity.domain.CommuneCode;
import vn.lienthong.identity.domain.Role;
import vn.lienthong.identity.domain.StaffMember;

/**
 * The demo staff of the local run. Commune codes are those of the synthetic population
 * (deploy's Communes): 25450 Xã Bù Gia Mập, 25453 Xã Đăk Ơ, 25441 Xã Phú Nghĩa, 25555 Xã Bù Đăng,
 * and one civil-status officer {@code hotich.<code>} for each other commune, so that every
 * synthetic dossier has an officer. Names are invented.
 */
final class DemoStaff {

    /** The other communes of the synthetic population, each with an officer of its own. */
    private static final List<String> OTHER_COMMUNES = List.of("25195", "25210", "26041", "26068", "26368", "26734",
            "26743", "26740", "27259", "25747", "26506", "27664", "00004", "00070", "00103", "00166", "08974");

    static final List<StaffMember> ALL = java.util.stream.Stream.concat(List.of(
            member("hotich.25450", "Nguyễn Thị Lan", Role.COMMUNE_OFFICER, "25450"),
            member("hotich.25453", "Trần Văn Hùng", Role.COMMUNE_OFFICER, "25453"),
            // One officer serving two neighbouring communes, as happens where staff are short.
            member("hotich.25441.25555", "Lê Thị Mai", Role.COMMUNE_OFFICER, "25441", "25555"),
            member("congan.25450", "Điểu Văn Bình", Role.COMMUNE_POLICE, "25450"),
            member("congan.25453", "Phạm Quốc Toàn", Role.COMMUNE_POLICE, "25453"),
            member("vanhanh.075", "Hoàng Minh Đức", Role.OPS),
            member("quantri", "Vũ Thị Hạnh", Role.ADMIN)).stream(),
            OTHER_COMMUNES.stream().map(code -> member("hotich." + code, "Công chức hộ tịch " + code,
                    Role.COMMUNE_OFFICER, code))).toList();

    private DemoStaff() {
    }

    private static StaffMember member(String username, String name, Role role, String... communes) {
        TreeSet<CommuneCode> codes = Arrays.stream(communes).map(CommuneCode::new)
                .collect(Collectors.toCollection(TreeSet::new));
        return new StaffMember(username, name, Set.of(role), codes, true);
    }
}
