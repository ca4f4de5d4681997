package vn.lienthong.residence.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.residence.domain.AddressKey;
import vn.lienthong.residence.domain.InvalidApplicationException;
import vn.lienthong.residence.domain.Refusal;

class RegisterChildResidenceCommandTest {

    @Test
    void everyBadFieldIsNamedAtOnceInDossierOrder() {
        var problems = catchThrowableOfType(InvalidApplicationException.class,
                () -> new RegisterChildResidenceCommand(UUID.randomUUID(), "12345", " ", null, "07019800123x", "2545",
                        "  ", false)).problems();

        assertThat(problems).extracting(Refusal::field).containsExactly(
                "child.personalIdNumber", "child.fullName", "child.dateOfBirth", "residence.parentPersonalIdNumber",
                "residence.communeCode", "residence.addressLine");
        assertThat(problems).extracting(Refusal::code).containsExactly(
                "INVALID_FIELD", "REQUIRED", "REQUIRED", "INVALID_FIELD", "INVALID_FIELD", "REQUIRED");
        assertThat(problems).allSatisfy(p -> assertThat(p.messageVi()).isNotBlank().isNotEqualTo(p.messageEn()));
    }

    @Test
    void missingValuesAreNamedToo() {
        var problems = catchThrowableOfType(InvalidApplicationException.class,
                () -> new RegisterChildResidenceCommand(null, null, null, null, null, null, null, false)).problems();

        assertThat(problems).extracting(Refusal::field).containsExactly("dossierId",
                "child.personalIdNumber", "child.fullName", "child.dateOfBirth", "residence.parentPersonalIdNumber",
                "residence.communeCode", "residence.addressLine");
    }

    @Test
    void aCompleteCommandIsAcceptedAndTheNameTrimmed() {
        assertThatCode(() -> valid()).doesNotThrowAnyException();
        assertThat(valid().childFullName()).isEqualTo("Điểu Thị Hoa");
        assertThat(valid().address()).isEqualTo(AddressKey.of("Thôn 3"));
    }

    private static RegisterChildResidenceCommand valid() {
        return new RegisterChildResidenceCommand(UUID.randomUUID(), "075326000123", " Điểu Thị Hoa",
                LocalDate.of(2026, 11, 2), "070198001234", "25450", "Thôn 3", false);
    }
}
