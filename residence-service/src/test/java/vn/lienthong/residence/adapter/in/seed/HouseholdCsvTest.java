package vn.lienthong.residence.adapter.in.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.Relationship;

class HouseholdCsvTest {

    private static final String HEADER = String.join(",", HouseholdCsv.COLUMNS);
    private static final String HEAD_ROW = "HK-27001-000001,27001,Tổ 1 ấp Tân Lợi,075070111111,075070111111,Trần Văn Lộc,HEAD";
    private static final String SPOUSE_ROW = "HK-27001-000001,27001,Tổ 1 ấp Tân Lợi,075070111111,075172222222,Võ Thị Kim,SPOUSE";

    @TempDir
    Path directory;

    @Test
    void rowsOfOneHouseholdBecomeOneHouseholdWithItsMembers() throws IOException {
        var households = HouseholdCsv.read(file(HEADER, HEAD_ROW, SPOUSE_ROW,
                "HK-27001-000002,27001,\"Tổ 2, ấp Tân Lợi\",075080333333,075080333333,Lê Văn Sáu,HEAD"));

        assertThat(households).extracting(h -> h.number().value()).containsExactly("HK-27001-000001", "HK-27001-000002");
        Household first = households.get(0);
        assertThat(first.addressLine()).isEqualTo("Tổ 1 ấp Tân Lợi");
        assertThat(first.head().value()).isEqualTo("075070111111");
        assertThat(first.members()).extracting(Member::fullName, Member::relationship).containsExactly(
                Tuple.tuple("Trần Văn Lộc", Relationship.HEAD),
                Tuple.tuple("Võ Thị Kim", Relationship.SPOUSE));
        assertThat(households.get(1).addressLine()).isEqualTo("Tổ 2, ấp Tân Lợi");
    }

    @Test
    void aMalformedIdNumberNamesLineAndColumnButNotTheValue() throws IOException {
        Path file = file(HEADER, HEAD_ROW, SPOUSE_ROW.replace("075172222222", "07517222222"));

        assertThatThrownBy(() -> HouseholdCsv.read(file))
                .hasMessageStartingWith("households.csv line 3: column member_personal_id_number:")
                .hasMessageNotContaining("07517222222");
    }

    @Test
    void anEmptyOrUnknownValueNamesItsColumn() throws IOException {
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW.replace("Trần Văn Lộc", " "))))
                .hasMessage("households.csv line 2: column member_full_name: is empty");
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW, SPOUSE_ROW.replace("SPOUSE", "WIFE"))))
                .hasMessageStartingWith("households.csv line 3: column relationship_to_head: must be one of [HEAD,");
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW.replace(",27001,", ",2700,"))))
                .hasMessageStartingWith("households.csv line 2: column commune_code:");
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW.replace("HK-27001-000001", "27001-1"))))
                .hasMessageStartingWith("households.csv line 2: column household_number:");
    }

    @Test
    void headRowsMustBeTheHeadsAndEveryHouseholdNeedsOne() throws IOException {
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW, SPOUSE_ROW.replace("SPOUSE", "HEAD"))))
                .hasMessageStartingWith("households.csv line 3: column relationship_to_head:");
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, SPOUSE_ROW)))
                .hasMessageStartingWith("households.csv line 2: column head_personal_id_number:")
                .hasMessageContaining("HK-27001-000001 has no row for its head");
    }

    @Test
    void rowsOfOneHouseholdMustAgreeAndAPersonIsListedOnce() throws IOException {
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW, SPOUSE_ROW.replace("Tổ 1", "Tổ 3"))))
                .hasMessage("households.csv line 3: column address_line: differs from line 2 of the same household HK-27001-000001");
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW, SPOUSE_ROW, SPOUSE_ROW)))
                .hasMessage("households.csv line 4: column member_personal_id_number: this person is already listed on line 3");
    }

    @Test
    void linesAreCountedTheSameWithWindowsLineEndsAndWithoutAFinalLineEnd() throws IOException {
        String bad = SPOUSE_ROW.replace("SPOUSE", "WIFE");
        Path windows = Files.writeString(directory.resolve(HouseholdCsv.FILE), String.join("\r\n", HEADER, HEAD_ROW, bad) + "\r\n");
        assertThatThrownBy(() -> HouseholdCsv.read(windows)).hasMessageStartingWith("households.csv line 3: column relationship_to_head:");

        Path unterminated = Files.writeString(directory.resolve(HouseholdCsv.FILE), String.join("\n", HEADER, HEAD_ROW, bad));
        assertThatThrownBy(() -> HouseholdCsv.read(unterminated)).hasMessageStartingWith("households.csv line 3: column relationship_to_head:");
    }

    @Test
    void aBlankLineIsABadRowOfItsOwn() throws IOException {
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER, HEAD_ROW, "", SPOUSE_ROW)))
                .hasMessageStartingWith("households.csv line 3: column ");
    }

    @Test
    void aHeaderWithoutAColumnIsRefusedBeforeAnyRow() throws IOException {
        assertThatThrownBy(() -> HouseholdCsv.read(file(HEADER.replace(",member_full_name", ""), HEAD_ROW)))
                .hasMessage("households.csv line 1: column member_full_name is missing from the header");
    }

    @Test
    void anOnlyHeaderFileHasNoHouseholds() throws IOException {
        assertThat(HouseholdCsv.read(file(HEADER))).isEmpty();
    }

    private Path file(String... lines) throws IOException {
        return Files.writeString(directory.resolve(HouseholdCsv.FILE), String.join("\n", lines) + "\n");
    }
}
