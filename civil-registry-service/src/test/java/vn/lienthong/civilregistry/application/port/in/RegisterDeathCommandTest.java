package vn.lienthong.civilregistry.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.civilregistry.DeathDeclarations.aTypicalDeath;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.civilregistry.domain.Death;
import vn.lienthong.civilregistry.domain.DeathDeclarant;
import vn.lienthong.civilregistry.domain.DeathPlace;
import vn.lienthong.civilregistry.domain.DeathProof;
import vn.lienthong.civilregistry.domain.Deceased;
import vn.lienthong.civilregistry.domain.InvalidDeclarationException;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.civilregistry.domain.Sex;

class RegisterDeathCommandTest {

    @Test
    void theExampleDeathIsWellFormed() {
        var declaration = aTypicalDeath().command().declaration();

        assertThat(declaration.deceasedPersonalIdNumber().value()).isEqualTo("070060001122");
        assertThat(declaration.competentCommuneCode()).isEqualTo("25450");
    }

    @Test
    void everyMalformedOrMissingFieldIsNamedAtOnceAndAMissingProofByItsOwnCode() {
        var deceased = new Deceased("07006000112", " ", null, null, null, null, "2545", null);
        var death = new Death(null, null, new DeathPlace(null, "9", null), "HEART", null);
        var declarant = new DeathDeclarant("", "123", "NEIGHBOUR", null);

        List<Refusal> problems = problemsOf(new RegisterDeathCommandArgs(null, "2545", deceased, death, declarant));

        assertThat(problems).extracting(Refusal::field).containsExactly(
                "dossierId", "registrationCommuneCode",
                "deceased.personalIdNumber", "deceased.fullName", "deceased.sex", "deceased.dateOfBirth",
                "deceased.lastResidence.communeCode",
                "death.dateOfDeath", "death.causeCategory", "death.place.communeCode", "death.proof.kind",
                "declarant.fullName", "declarant.personalIdNumber", "declarant.relationship");
        assertThat(problems).filteredOn(problem -> problem.field().equals("death.proof.kind"))
                .extracting(Refusal::code).containsExactly("DEATH_PROOF_MISSING");
    }

    @Test
    void aProofNeedsItsNumberAndIssuerAndAKnownKind() {
        var proof = new DeathProof("NEIGHBOURS_WORD", " ", LocalDate.of(2026, 11, 18), null, false);
        var death = new Death(LocalDate.of(2026, 11, 18), null, new DeathPlace(null, "25450", null), "OLD_AGE", proof);

        assertThat(problemsOf(new RegisterDeathCommandArgs(UUID.randomUUID(), "25450",
                aTypicalDeath().command().deceased(), death, aTypicalDeath().command().declarant())))
                .extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("INVALID_FIELD", "death.proof.kind"), tuple("REQUIRED", "death.proof.number"),
                        tuple("REQUIRED", "death.proof.issuer"));
    }

    @Test
    void theDeclarantCannotBeTheDeceased() {
        var typical = aTypicalDeath().command();
        var himself = new DeathDeclarant("Điểu Văn Brơi", "070060001122", "OTHER_RELATIVE", null);

        assertThat(problemsOf(new RegisterDeathCommandArgs(UUID.randomUUID(), "25450", typical.deceased(),
                typical.death(), himself))).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("INVALID_FIELD", "declarant.personalIdNumber"));
    }

    @Test
    void aPlaceLeftOutIsAPlaceNotKnownAndTheMessagesSpeakBothLanguages() {
        var typical = aTypicalDeath().command();
        var noPlace = new Death(LocalDate.of(2026, 11, 18), null, null, "UNDETERMINED",
                new DeathProof(DeathProof.COURT_DECLARATION_OF_DEATH, "12/2026/QĐ-TA", LocalDate.of(2026, 11, 20),
                        "Tòa án nhân dân khu vực 1 Đồng Nai", true));

        var command = new RegisterDeathCommand(UUID.randomUUID(), null, "25450", typical.deceased(), noPlace,
                typical.declarant());
        var missingName = problemsOf(new RegisterDeathCommandArgs(UUID.randomUUID(), "25450",
                new Deceased("070060001122", null, Sex.MALE, LocalDate.of(1960, 5, 14), null, null, "25450", null),
                noPlace, typical.declarant()));

        assertThat(command.death().place().inHealthFacility()).isFalse();
        assertThat(missingName.get(0).messageVi()).isEqualTo("Thiếu họ tên người chết.");
        assertThat(missingName.get(0).messageEn()).isEqualTo("Missing the deceased's full name.");
    }

    private record RegisterDeathCommandArgs(UUID dossierId, String commune, Deceased deceased, Death death,
                                            DeathDeclarant declarant) {
    }

    private static List<Refusal> problemsOf(RegisterDeathCommandArgs args) {
        var thrown = catchThrowableOfType(InvalidDeclarationException.class, () -> new RegisterDeathCommand(
                args.dossierId(), null, args.commune(), args.deceased(), args.death(), args.declarant()));
        assertThat(thrown).as("the command is refused").isNotNull();
        return thrown.problems();
    }
}
