package vn.lienthong.idnumber.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChildIdentityTest {

    private static final PersonalIdNumber MOTHER = new PersonalIdNumber("070198001234");

    @Test
    void aNameTypedWithCombiningMarksIsTheSameName() {
        String nfd = Normalizer.normalize("Điểu Thị Hoa", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Điểu Thị Hoa");

        assertThat(ChildIdentity.nameKey(nfd)).isEqualTo(ChildIdentity.nameKey("Điểu Thị Hoa")).isEqualTo("điểu thị hoa");
    }

    @Test
    void caseAndSpacingDoNotMatterAnyWhiteSpaceCounts() {
        assertThat(ChildIdentity.nameKey("  ĐIỂU   thị\tHOA\u00a0 ")).isEqualTo("điểu thị hoa");
    }

    @Test
    void diacriticsTellNamesApart() {
        assertThat(ChildIdentity.nameKey("Đào Văn An")).isNotEqualTo(ChildIdentity.nameKey("Dao Van An"));
        assertThat(ChildIdentity.nameKey("Điểu Thị Lan")).isNotEqualTo(ChildIdentity.nameKey("Điểu Thị Lân"));
    }

    @Test
    void theSameChildIsTheSameMotherNameSexAndDateOfBirth() {
        var child = ChildIdentity.of(birth("Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2), "25450"));

        assertThat(ChildIdentity.of(birth("điểu thị  hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2), "26734")))
                .as("another commune asking for the same child").isEqualTo(child);
        assertThat(ChildIdentity.of(birth("Điểu Thị Hoa", Sex.MALE, LocalDate.of(2026, 11, 2), "25450"))).isNotEqualTo(child);
        assertThat(ChildIdentity.of(birth("Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 3), "25450"))).isNotEqualTo(child);
        assertThat(child.toString()).doesNotContain("Hoa", "hoa", "2026");
    }

    private static BirthDeclaration birth(String name, Sex sex, LocalDate dateOfBirth, String commune) {
        return new BirthDeclaration(name, sex, dateOfBirth, commune, MOTHER, null, "VN");
    }
}
