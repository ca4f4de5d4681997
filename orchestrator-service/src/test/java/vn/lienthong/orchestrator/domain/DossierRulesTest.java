package vn.lienthong.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.orchestrator.fixtures.DossierForms.TODAY;
import static vn.lienthong.orchestrator.fixtures.DossierForms.aTypicalDossier;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.form.DossierRules;
import vn.lienthong.orchestrator.domain.form.FieldProblem;
import vn.lienthong.orchestrator.domain.form.PersonalIdNumber;
import vn.lienthong.orchestrator.domain.form.Sex;

class DossierRulesTest {

    @Test
    void thePortalsExampleDossierIsValid() {
        assertThat(DossierRules.check(aTypicalDossier().build(), TODAY)).isEmpty();
    }

    @Test
    void aDossierWithTheFatherUnknownIsValid() {
        assertThat(DossierRules.check(aTypicalDossier().withoutFather().build(), TODAY)).isEmpty();
    }

    @Test
    void aMissingMotherIsNamed() {
        assertThat(fields(aTypicalDossier().withoutMother().build()))
                .contains("mother", "residence.parentPersonalIdNumber");
    }

    @Test
    void aMalformedIdNumberIsNamed() {
        var problems = DossierRules.check(aTypicalDossier().withMotherIdNumber("07019800123").build(), TODAY);

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("mother.personalIdNumber", "INVALID_PERSONAL_ID_NUMBER"));
        assertThat(problems.get(0).messageVi()).contains("12 chữ số");
    }

    @Test
    void anIdNumberThatDisagreesWithSexOrYearIsNamed() {
        // 0 in the fourth place is a man born in the 1900s; the mother is a woman born in 1998.
        var problems = DossierRules.check(aTypicalDossier().withMotherIdNumber("070098001234")
                .withResidenceParent("070098001234").build(), TODAY);

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mother.personalIdNumber", "ID_NUMBER_DISAGREES"));
    }

    @Test
    void aDateOfBirthInTheFutureIsNamed() {
        assertThat(DossierRules.check(aTypicalDossier().bornOn(TODAY.plusDays(1)).build(), TODAY))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("child.dateOfBirth", "IN_THE_FUTURE"));
    }

    @ParameterizedTest(name = "born {0}: under six = {1}")
    @CsvSource({"2020-11-24, true", "2020-11-23, false", "2015-01-01, false"})
    void onlyChildrenUnderSixMayUseThisProcedure(LocalDate dateOfBirth, boolean accepted) {
        List<String> fields = fields(aTypicalDossier().bornOn(dateOfBirth).build());

        assertThat(fields.contains("child.dateOfBirth")).isEqualTo(!accepted);
    }

    @Test
    void theChildIsRegisteredWhereAParentLives() {
        assertThat(fields(aTypicalDossier().withResidenceParent("079199012345").build()))
                .containsExactly("residence.parentPersonalIdNumber");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var form = aTypicalDossier().withChildNamed(" ").withDeclarantPhone("12345").withResidenceAddress("").build();

        assertThat(fields(form)).containsExactly("child.fullName", "declarant.phone", "residence.addressLine");
    }

    @ParameterizedTest(name = "{0} {1} born {2}: digit {3}")
    @CsvSource({
            "MALE, 1999-01-01, 0", "FEMALE, 1998-04-12, 1",
            "MALE, 2026-11-02, 2", "FEMALE, 2026-11-02, 3",
            "MALE, 2100-01-01, 4", "FEMALE, 2199-12-31, 5"})
    void theFourthDigitTellsCenturyAndSex(Sex sex, LocalDate dateOfBirth, int digit) {
        assertThat(PersonalIdNumber.centuryAndSexDigit(dateOfBirth, sex)).isEqualTo(digit);
    }

    private static List<String> fields(DossierForm form) {
        return DossierRules.check(form, TODAY).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aChildBornAfterTheDossierWasSubmittedIsRefusedAtIntake() {
        // submitted 2026-11-22 (the fixture); born the next day, which is still not in the future
        assertThat(DossierRules.check(aTypicalDossier().bornOn(TODAY).build(), TODAY))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("child.dateOfBirth", "BORN_AFTER_SUBMISSION"));
    }

    @Test
    void aParentBornOnOrAfterTheChildIsRefused() {
        var form = aTypicalDossier().build();
        var youngMother = new vn.lienthong.orchestrator.domain.form.Parent(form.mother().fullName(),
                form.child().dateOfBirth(), form.mother().personalIdNumber(), "Xtiêng", "VN");
        var problems = DossierRules.check(new DossierForm(form.portalDossierCode(), form.submittedAt(), form.channel(),
                form.registrationCommuneCode(), form.child(), youngMother, form.father(), form.declarant(),
                form.residence(), form.healthInsurance(), form.resultDelivery()), TODAY);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("mother.dateOfBirth", "BORN_AFTER_CHILD"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoa\\u200B|FORBIDDEN_CHARACTER",
            "\\u200B\\u200B|FORBIDDEN_CHARACTER",
            "Hoa\\u202Egnal|FORBIDDEN_CHARACTER",
            "Hoa\\r\\nLan|FORBIDDEN_CHARACTER",
            "Hoa\\u0000|FORBIDDEN_CHARACTER",
            "Hoa\\uD800|FORBIDDEN_CHARACTER",
            "12345|NO_LETTER",
            "Hoa 2|INVALID_NAME_CHARACTER"})
    void aNameWithInvisibleControlOrNonNameCharactersIsRefused(String escaped, String code) {
        String name = unescape(escaped);
        assertThat(DossierRules.check(aTypicalDossier().withChildNamed(name).build(), TODAY))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("child.fullName", code));
    }

    @Test
    void everyTextIsHeldToItsRegistersLength() {
        assertThat(DossierRules.check(aTypicalDossier().withChildNamed("Hoa".repeat(34)).build(), TODAY))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("child.fullName", "TOO_LONG"));
        assertThat(DossierRules.check(aTypicalDossier().withResidenceAddress("T".repeat(201)).build(), TODAY))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("residence.addressLine", "TOO_LONG"));
        assertThat(DossierRules.check(aTypicalDossier().withResidenceAddress("T".repeat(200)).build(), TODAY)).isEmpty();
        assertThat(DossierRules.check(aTypicalDossier().withCode("G".repeat(65)).build(), TODAY))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("portalDossierCode", "TOO_LONG"));
    }

    /** {@code \\uXXXX}, {@code \\r} and {@code \\n} as Java writes them, so the test table shows what it holds. */
    private static String unescape(String escaped) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && escaped.charAt(i + 1) == 'u') {
                text.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                text.append(escaped.charAt(i + 1) == 'n' ? '\n' : '\r');
                i++;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
