package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.civilregistry.Declarations.aTypicalDeclaration;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BirthRegistrationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theExampleChildMayBeRegistered() {
        assertThat(BirthRegistrationPolicy.refusals(aTypicalDeclaration().declaration(), TODAY, Optional.empty())).isEmpty();
    }

    @Test
    void aBirthAfterTheRegistrationDayIsRefusedButOneOnThatDayIsNot() {
        var tomorrow = aTypicalDeclaration().bornOn(TODAY.plusDays(1)).declaration();
        var today = aTypicalDeclaration().bornOn(TODAY).declaration();

        assertThat(BirthRegistrationPolicy.refusals(tomorrow, TODAY, Optional.empty()))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DATE_OF_BIRTH_AFTER_REGISTRATION", "child.dateOfBirth"));
        assertThat(BirthRegistrationPolicy.refusals(today, TODAY, Optional.empty())).isEmpty();
    }

    @Test
    void aBirthOutsideAFacilityNeedsAnOfficerToHaveSeenTheOriginalStatement() {
        var notSeen = aTypicalDeclaration().bornOutsideAFacility().declaration();
        var seen = aTypicalDeclaration().bornOutsideAFacility().withOriginalStatementSeen().declaration();

        var refusals = BirthRegistrationPolicy.refusals(notSeen, TODAY, Optional.empty());

        assertThat(refusals).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("ORIGINAL_BIRTH_STATEMENT_REQUIRED", "child.placeOfBirth.facilityName"));
        assertThat(refusals.get(0).messageVi()).contains("bản chính");
        assertThat(refusals.get(0).messageEn()).contains("original written statement");
        assertThat(BirthRegistrationPolicy.refusals(seen, TODAY, Optional.empty())).isEmpty();
    }

    @Test
    void aBlankFacilityNameIsABirthOutsideAFacility() {
        var blank = aTypicalDeclaration().bornOutsideAFacility().declaration();
        var withBlankName = new BirthDeclaration(blank.dossierId(), blank.portalDossierCode(), blank.registrationCommune(),
                blank.childPersonalIdNumber(), new Newborn("Điểu Thị Hoa", Sex.FEMALE, LocalDate.of(2026, 11, 2), "  ",
                "25450", null, null, "GCS-75-2026-004512", false), blank.mother(), null, blank.declarant(), false);

        assertThat(BirthRegistrationPolicy.refusals(withBlankName, TODAY, Optional.empty()))
                .extracting(Refusal::code).containsExactly("ORIGINAL_BIRTH_STATEMENT_REQUIRED");
    }

    @Test
    void theSameBirthDeclaredInAnotherDossierIsADuplicateOfTheMedicalBirthCertificate() {
        var first = registered(aTypicalDeclaration().declaration());
        var again = aTypicalDeclaration().inDossier(UUID.randomUUID()).withChildIdNumber("075326999999").declaration();

        assertThat(BirthRegistrationPolicy.refusals(again, TODAY, Optional.of(first)))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DUPLICATE_BIRTH", "child.medicalBirthCertificate.number"));
    }

    @Test
    void theSameChildIdNumberInAnotherDossierIsADuplicateOfTheChild() {
        var first = registered(aTypicalDeclaration().declaration());
        var again = aTypicalDeclaration().inDossier(UUID.randomUUID())
                .withMedicalBirthCertificate("GCS-75-2026-999999").declaration();

        assertThat(BirthRegistrationPolicy.refusals(again, TODAY, Optional.of(first)))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DUPLICATE_BIRTH", "child.personalIdNumber"));
    }

    @Test
    void theSameDossierIsNotADuplicateOfItself() {
        var first = registered(aTypicalDeclaration().declaration());

        assertThat(BirthRegistrationPolicy.refusals(aTypicalDeclaration().declaration(), TODAY, Optional.of(first))).isEmpty();
    }

    @Test
    void twinsAreTwoBirthsOfTheSameMotherOnTheSameDay() {
        var first = registered(aTypicalDeclaration().declaration());
        var twin = aTypicalDeclaration().inDossier(UUID.randomUUID()).withChildIdNumber("075326000124")
                .withMedicalBirthCertificate("GCS-75-2026-004513").declaration();

        assertThat(BirthRegistrationPolicy.refusals(twin, TODAY, Optional.of(first))).isEmpty();
    }

    @Test
    void aHomeBirthWithoutCertificateIsTheSameBirthWhenMotherDateAndNameAgree() {
        var first = registered(aTypicalDeclaration().bornOutsideAFacility().withOriginalStatementSeen().declaration());
        var again = aTypicalDeclaration().inDossier(UUID.randomUUID()).withChildIdNumber("075326000555")
                .bornOutsideAFacility().withOriginalStatementSeen().declaration();
        var twin = aTypicalDeclaration().inDossier(UUID.randomUUID()).withChildIdNumber("075326000556")
                .withChildName("Điểu Thị Hồng").bornOutsideAFacility().withOriginalStatementSeen().declaration();

        assertThat(BirthRegistrationPolicy.refusals(again, TODAY, Optional.of(first))).extracting(Refusal::code)
                .containsExactly("DUPLICATE_BIRTH");
        assertThat(again.isSameBirthAs(first.declaration())).isTrue();
        assertThat(twin.isSameBirthAs(first.declaration())).isFalse();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        var first = registered(aTypicalDeclaration().declaration());
        var again = aTypicalDeclaration().inDossier(UUID.randomUUID()).bornOutsideAFacility().declaration();
        var bornLater = aTypicalDeclaration().inDossier(UUID.randomUUID()).withChildIdNumber("075326999998")
                .bornOutsideAFacility().bornOn(TODAY.plusDays(3)).declaration();

        assertThat(BirthRegistrationPolicy.refusals(again, TODAY, Optional.of(first))).extracting(Refusal::code)
                .containsExactly("ORIGINAL_BIRTH_STATEMENT_REQUIRED", "DUPLICATE_BIRTH");
        assertThat(BirthRegistrationPolicy.refusals(bornLater, TODAY, Optional.empty())).extracting(Refusal::code)
                .containsExactly("DATE_OF_BIRTH_AFTER_REGISTRATION", "ORIGINAL_BIRTH_STATEMENT_REQUIRED");
    }

    private static BirthRegistration registered(BirthDeclaration declaration) {
        var commune = declaration.registrationCommune();
        return new BirthRegistration(BirthCertificateNumber.of(commune, Year.of(2026), 1),
                new RegisterEntry("01/2026", 1), TODAY.minusDays(5), false, declaration);
    }
}
