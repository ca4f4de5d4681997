package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.civilregistry.DeathDeclarations.aTypicalDeath;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Given a declaration of a death, and today 22 November 2026, expect these reasons to refuse it. */
class DeathRegistrationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theExampleDeathMayBeRegistered() {
        assertThat(refusals(aTypicalDeath().declaration())).isEmpty();
    }

    @Test
    void aDeathAfterTheRegistrationDayOrBeforeTheBirthIsRefusedButOneOnEitherDayIsNot() {
        assertThat(refusals(aTypicalDeath().diedOn(TODAY.plusDays(1)).declaration()))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DEATH_DATE_INVALID", "death.dateOfDeath"));
        assertThat(refusals(aTypicalDeath().bornOn(LocalDate.of(2026, 11, 19)).declaration()))
                .extracting(Refusal::code, Refusal::messageEn)
                .containsExactly(tuple("DEATH_DATE_INVALID", "The date of death is before the deceased's date of birth."));
        assertThat(refusals(aTypicalDeath().diedOn(TODAY).declaration())).isEmpty();
        assertThat(refusals(aTypicalDeath().bornOn(LocalDate.of(2026, 11, 18)).declaration())).isEmpty();
    }

    @Test
    void theCommuneOfTheLastResidenceRegistersTheDeathAndNoOther() {
        var elsewhere = aTypicalDeath().filedIn("25453").declaration();

        var refusals = refusals(elsewhere);

        assertThat(refusals).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DEATH_NOT_COMPETENT_COMMUNE", "registrationCommuneCode"));
        assertThat(refusals.get(0).messageVi()).contains("nơi cư trú cuối cùng");
    }

    @Test
    void withoutAKnownLastResidenceTheCommuneWhereThePersonDiedRegistersIt() {
        var whereHeDied = aTypicalDeath().withLastResidenceUnknown().diedAtHomeIn("25453").filedIn("25453");
        var whereHeLived = aTypicalDeath().withLastResidenceUnknown().diedAtHomeIn("25453").filedIn("25450");

        assertThat(refusals(whereHeDied.declaration())).isEmpty();
        assertThat(refusals(whereHeLived.declaration())).extracting(Refusal::code, Refusal::messageEn)
                .containsExactly(tuple("DEATH_NOT_COMPETENT_COMMUNE", "The last residence is not known: the death is "
                        + "registered by the commune where the person died or the body was found."));
    }

    /** The command refuses it first (RegisterDeathCommandTest); the rule holds for any declaration. */
    @Test
    void aDeathNoticeOrADocumentReplacingItIsRequired() {
        var typical = aTypicalDeath().declaration();
        var death = typical.death();
        var withoutProof = new DeathDeclaration(typical.dossierId(), null, typical.registrationCommune(),
                typical.deceasedPersonalIdNumber(), typical.deceased(),
                new Death(death.dateOfDeath(), null, death.place(), death.causeCategory(), null), typical.declarant());

        assertThat(refusals(withoutProof)).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DEATH_PROOF_MISSING", "death.proof.kind"));
    }

    @Test
    void aHealthFacilitysNoticeIsForADeathInThatFacilityAndAHomeDeathTakesTheCommunesNotice() {
        var atHomeWithAFacilityNotice = aTypicalDeath().diedAtHomeIn("25450")
                .withProof(DeathProof.HEALTH_FACILITY_DEATH_NOTICE).declaration();
        var atHome = aTypicalDeath().diedAtHomeIn("25450").declaration();

        assertThat(refusals(atHomeWithAFacilityNotice)).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DEATH_PROOF_INVALID", "death.proof.kind"));
        assertThat(refusals(atHome)).isEmpty();
    }

    @Test
    void everyDocumentThatReplacesTheNoticeIsAccepted() {
        for (String kind : new String[] {DeathProof.POLICE_CONFIRMATION, DeathProof.FORENSIC_EXAMINATION,
                DeathProof.COURT_DECLARATION_OF_DEATH, DeathProof.EXECUTION_CONFIRMATION, DeathProof.LONG_AGO_DEATH_PROOF}) {
            assertThat(refusals(aTypicalDeath().withProof(kind).declaration())).as(kind).isEmpty();
        }
    }

    @Test
    void aProofIssuedBeforeTheDeathIsInvalid() {
        assertThat(refusals(aTypicalDeath().withProofIssuedOn(LocalDate.of(2026, 11, 17)).declaration()))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DEATH_PROOF_INVALID", "death.proof.issuedOn"));
    }

    @Test
    void someoneActingForARelativeNeedsACertifiedAuthorizationAndRelativesDoNot() {
        assertThat(refusals(aTypicalDeath().declaredBy("AUTHORIZED").declaration()))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("AUTHORIZATION_REQUIRED", "declarant.authorizationDocumentNumber"));
        assertThat(refusals(aTypicalDeath().declaredBy("AUTHORIZED").withAuthorization("UQ-123/2026").declaration()))
                .isEmpty();
        for (String relative : new String[] {"SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDPARENT", "GRANDCHILD",
                "OTHER_RELATIVE", "ORGANIZATION"}) {
            assertThat(refusals(aTypicalDeath().declaredBy(relative).declaration())).as(relative).isEmpty();
        }
    }

    @Test
    void aSecondRegistrationOfTheSamePersonsDeathIsRefusedNamingTheFirstEntry() {
        var first = registered(aTypicalDeath().declaration());
        var again = aTypicalDeath().inDossier(UUID.randomUUID()).declaration();

        var refusals = DeathRegistrationPolicy.refusals(again, TODAY, Optional.of(first));

        assertThat(refusals).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("DEATH_ALREADY_REGISTERED", "deceased.personalIdNumber"));
        assertThat(refusals.get(0).messageVi()).contains("KT-25450-2026-000017", "quyển số 01/2026", "số 17");
        assertThat(refusals.get(0).messageEn()).contains("KT-25450-2026-000017", "volume 01/2026", "entry 17");
    }

    @Test
    void theSameDossierIsNotASecondRegistrationOfItsOwnDeath() {
        var first = registered(aTypicalDeath().declaration());

        assertThat(DeathRegistrationPolicy.refusals(aTypicalDeath().declaration(), TODAY, Optional.of(first))).isEmpty();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        var first = registered(aTypicalDeath().declaration());
        var everythingWrong = aTypicalDeath().inDossier(UUID.randomUUID()).filedIn("25453").diedOn(TODAY.plusDays(2))
                .diedAtHomeIn("25450").withProof(DeathProof.HEALTH_FACILITY_DEATH_NOTICE).declaredBy("AUTHORIZED")
                .declaration();

        assertThat(DeathRegistrationPolicy.refusals(everythingWrong, TODAY, Optional.of(first)))
                .extracting(Refusal::code).containsExactly("DEATH_DATE_INVALID", "DEATH_NOT_COMPETENT_COMMUNE",
                        "DEATH_PROOF_INVALID", "AUTHORIZATION_REQUIRED", "DEATH_ALREADY_REGISTERED");
    }

    private static java.util.List<Refusal> refusals(DeathDeclaration declaration) {
        return DeathRegistrationPolicy.refusals(declaration, TODAY, Optional.empty());
    }

    private static DeathRegistration registered(DeathDeclaration declaration) {
        return new DeathRegistration(DeathExtractNumber.of(declaration.registrationCommune(), Year.of(2026), 17),
                new RegisterEntry("01/2026", 17), TODAY.minusDays(2), false, declaration);
    }
}
