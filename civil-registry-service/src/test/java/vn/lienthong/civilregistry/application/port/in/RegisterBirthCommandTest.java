package vn.lienthong.civilregistry.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.civilregistry.Declarations.aTypicalDeclaration;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.civilregistry.domain.Declarant;
import vn.lienthong.civilregistry.domain.InvalidDeclarationException;
import vn.lienthong.civilregistry.domain.Newborn;
import vn.lienthong.civilregistry.domain.Parent;
import vn.lienthong.civilregistry.domain.Refusal;

class RegisterBirthCommandTest {

    private static final Parent MOTHER = new Parent("Điểu Thị Lan", LocalDate.of(1998, 4, 12), "070198001234", null, null);
    private static final Declarant DECLARANT = new Declarant("Điểu Thị Lan", null, "MOTHER");

    @Test
    void theExampleDossierIsWellFormedWithOrWithoutAFather() {
        var declaration = aTypicalDeclaration().command().declaration();

        assertThat(declaration.childPersonalIdNumber().value()).isEqualTo("075326000123");
        assertThat(declaration.registrationCommune().value()).isEqualTo("25450");
        assertThat(aTypicalDeclaration().withoutFather().command().father()).isNull();
    }

    @Test
    void aBirthOutsideAFacilityHasNoMedicalBirthCertificateToAskFor() {
        var command = aTypicalDeclaration().bornOutsideAFacility().command();

        assertThat(command.declaration().child().medicalBirthCertificateNumber()).isNull();
    }

    @Test
    void everyMalformedFieldIsNamedAtOnce() {
        var child = new Newborn(" ", null, null, "Trạm Y tế xã", "2545", null, null, "", false);
        var mother = new Parent(null, null, "0701980012", null, null);
        var declarant = new Declarant("", "123", "NEIGHBOUR");

        var problems = problemsOf(() -> new RegisterBirthCommand(null, null, "2545", "12345", child, mother, null,
                declarant, false));

        assertThat(problems).extracting(Refusal::field).containsExactly(
                "dossierId", "registrationCommuneCode", "child.personalIdNumber",
                "child.fullName", "child.sex", "child.dateOfBirth", "child.placeOfBirth.communeCode",
                "child.medicalBirthCertificate.number",
                "mother.fullName", "mother.personalIdNumber",
                "declarant.fullName", "declarant.personalIdNumber", "declarant.relationship");
        assertThat(problems).extracting(Refusal::code).containsOnly("REQUIRED", "INVALID_FIELD");
    }

    @Test
    void theMessagesSayWhatIsWrongInVietnameseAndEnglish() {
        var problems = problemsOf(() -> new RegisterBirthCommand(UUID.randomUUID(), null, "25450", "12345",
                aTypicalDeclaration().command().child(), MOTHER, null, DECLARANT, false));

        assertThat(problems).extracting(Refusal::code, Refusal::field, Refusal::messageVi, Refusal::messageEn)
                .containsExactly(tuple("INVALID_FIELD", "child.personalIdNumber",
                        "Số định danh cá nhân của trẻ phải có đúng 12 chữ số.",
                        "The child's personal ID number must have exactly 12 digits."));
    }

    @Test
    void aMissingChildMotherAndDeclarantAreNamedFieldByField() {
        var problems = problemsOf(() -> new RegisterBirthCommand(UUID.randomUUID(), null, "25450", "075326000123",
                null, null, null, null, false));

        assertThat(problems).extracting(Refusal::field).containsExactly(
                "child.fullName", "child.sex", "child.dateOfBirth",
                "mother.fullName", "mother.personalIdNumber", "declarant.fullName", "declarant.relationship");
        assertThat(problems.get(0).messageVi()).isEqualTo("Thiếu họ tên của trẻ.");
    }

    @Test
    void aDeclaredFatherNeedsANameAndAWholeIdNumberIfOneIsGiven() {
        var noName = new Parent(" ", null, "070095004567", null, null);
        var shortId = new Parent("Điểu Văn Minh", null, "07009500456", null, null);
        var noId = new Parent("Điểu Văn Minh", null, null, null, null);

        assertThat(problemsOf(() -> withFather(noName))).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("REQUIRED", "father.fullName"));
        assertThat(problemsOf(() -> withFather(shortId))).extracting(Refusal::code, Refusal::field)
                .containsExactly(tuple("INVALID_FIELD", "father.personalIdNumber"));
        assertThat(withFather(noId).declaration().father().fullName()).isEqualTo("Điểu Văn Minh");
    }

    @Test
    void aDeclarantMayBeAGrandparentWithoutAnIdNumber() {
        var grandmother = new Declarant("Điểu Thị Bé", null, "GRANDPARENT");
        var command = aTypicalDeclaration().command();

        var declaration = new RegisterBirthCommand(command.dossierId(), null, "25450", "075326000123", command.child(),
                MOTHER, null, grandmother, false).declaration();

        assertThat(declaration.declarant().relationship()).isEqualTo("GRANDPARENT");
        assertThatThrownBy(() -> new RegisterBirthCommand(command.dossierId(), null, "25450", "075326000123",
                command.child(), MOTHER, null, new Declarant("Điểu Thị Bé", null, null), false))
                .isInstanceOf(InvalidDeclarationException.class)
                .hasMessageContaining("declarant.relationship");
    }

    @Test
    void theExceptionMessageNamesFieldsButNoPersonalData() {
        var mother = new Parent("Điểu Thị Lan", null, "0701980012", null, null);

        assertThatThrownBy(() -> new RegisterBirthCommand(UUID.randomUUID(), null, "25450", "075326000123",
                aTypicalDeclaration().command().child(), mother, null, DECLARANT, false))
                .hasMessage("invalid declaration: [mother.personalIdNumber]");
    }

    private static RegisterBirthCommand withFather(Parent father) {
        var command = aTypicalDeclaration().command();
        return new RegisterBirthCommand(command.dossierId(), null, "25450", "075326000123", command.child(), MOTHER,
                father, DECLARANT, false);
    }

    private static java.util.List<Refusal> problemsOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable build) {
        return catchThrowableOfType(InvalidDeclarationException.class, build).problems();
    }
}
