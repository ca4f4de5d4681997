package vn.lienthong.residence.adapter.in.seed;

import java.util.ArrayList;
import java.util.List;

import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Relationship;

/** The rows of one household read so far; every row must agree on where it lives and who heads it. */
final class SeedHousehold {

    private final HouseholdNumber number;
    private final CommuneCode commune;
    private final String addressLine;
    private final PersonalIdNumber head;
    private final int firstLine;
    private final List<Member> members = new ArrayList<>();

    SeedHousehold(HouseholdNumber number, CommuneCode commune, String addressLine, PersonalIdNumber head, int firstLine) {
        this.number = number;
        this.commune = commune;
        this.addressLine = addressLine;
        this.head = head;
        this.firstLine = firstLine;
    }

    void add(SeedRow row, CommuneCode rowCommune, String rowAddressLine, PersonalIdNumber rowHead, Member member) {
        requireSame(row, "commune_code", commune, rowCommune);
        requireSame(row, "address_line", addressLine, rowAddressLine);
        requireSame(row, "head_personal_id_number", head, rowHead);
        members.add(member);
    }

    /** The household, once every row is read; the commune's name is the register's business, not the seed's. */
    Household toHousehold() {
        if (members.stream().noneMatch(m -> m.relationship() == Relationship.HEAD)) {
            throw new IllegalStateException(HouseholdCsv.FILE + " line " + firstLine + ": column head_personal_id_number: "
                    + "household " + number.value() + " has no row for its head (relationship HEAD)");
        }
        return new Household(number, commune, null, addressLine, head, members);
    }

    private void requireSame(SeedRow row, String column, Object first, Object value) {
        if (!first.equals(value)) {
            throw row.problem(column, "differs from line " + firstLine + " of the same household " + number.value());
        }
    }
}
