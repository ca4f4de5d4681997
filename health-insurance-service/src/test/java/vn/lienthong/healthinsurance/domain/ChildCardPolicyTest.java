package vn.lienthong.healthinsurance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChildCardPolicyTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 11, 22);
    private static final Optional<InitialCareFacility> FACILITY =
            Optional.of(new InitialCareFacility("75-012", "Trung tâm Y tế khu vực Bù Gia Mập", new ProvinceCode("075")));

    @Test
    void aNewbornWithAKnownFacilityGetsACard() {
        assertThat(ChildCardPolicy.refusals(LocalDate.of(2026, 11, 2), APPLIED, FACILITY)).isEmpty();
    }

    @Test
    void aChildOfSixIsRefusedOnTheDateOfBirthField() {
        var refusals = ChildCardPolicy.refusals(LocalDate.of(2020, 11, 22), APPLIED, FACILITY);

        assertThat(refusals).extracting(Refusal::code, Refusal::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHILD_NOT_UNDER_SIX", "child.dateOfBirth"));
        assertThat(refusals.get(0).messageVi()).contains("6 tuổi");
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        var refusals = ChildCardPolicy.refusals(LocalDate.of(2019, 1, 1), APPLIED, Optional.empty());

        assertThat(refusals).extracting(Refusal::code).containsExactly("CHILD_NOT_UNDER_SIX", "UNKNOWN_CARE_FACILITY");
    }

    @Test
    void aBirthAfterTheApplicationIsRefused() {
        assertThat(ChildCardPolicy.refusals(APPLIED.plusDays(1), APPLIED, FACILITY))
                .extracting(Refusal::code).containsExactly("DATE_OF_BIRTH_AFTER_APPLICATION");
    }
}
