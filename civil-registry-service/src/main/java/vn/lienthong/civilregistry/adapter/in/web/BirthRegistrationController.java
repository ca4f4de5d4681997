package vn.lienthong.civilregistry.adapter.in.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.civilregistry.application.port.in.FindBirthRegistrationUseCase;
import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.web.InvalidFieldException;

/** Look up a registered birth, as an officer or another agency checking a birth certificate would. */
@RestController
@RequestMapping("/api/v1/birth-registrations")
public class BirthRegistrationController {

    private final FindBirthRegistrationUseCase registrations;

    public BirthRegistrationController(FindBirthRegistrationUseCase registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/{birthCertificateNumber}")
    public RegistrationView byCertificate(@PathVariable String birthCertificateNumber) {
        if (!BirthCertificateNumber.isWellFormed(birthCertificateNumber)) {
            throw new InvalidFieldException("birthCertificateNumber",
                    "Số giấy khai sinh có dạng KS-mã xã-năm-số thứ tự, ví dụ KS-25450-2026-000123.",
                    "A birth certificate number looks like KS-25450-2026-000123.");
        }
        return registrations.findByCertificateNumber(new BirthCertificateNumber(birthCertificateNumber))
                .map(RegistrationView::of)
                .orElseThrow(BirthRegistrationNotFoundException::new);
    }

    // Optional here so that a missing number is answered like a malformed one, naming the field.
    @GetMapping
    public RegistrationView byChild(@RequestParam(required = false) String personalIdNumber) {
        if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            throw new InvalidFieldException("personalIdNumber",
                    "Số định danh cá nhân phải có đúng 12 chữ số.", "A personal ID number has exactly 12 digits.");
        }
        return registrations.findByChild(new PersonalIdNumber(personalIdNumber))
                .map(RegistrationView::of)
                .orElseThrow(BirthRegistrationNotFoundException::new);
    }

    public record RegistrationView(String birthCertificateNumber, String registerVolume, int entryNumber,
                                   LocalDate registeredOn, boolean lateRegistration, String childFullName,
                                   LocalDate dateOfBirth, String personalIdNumber, UUID dossierId) {

        static RegistrationView of(BirthRegistration registration) {
            return new RegistrationView(registration.certificateNumber().value(), registration.entry().volume(),
                    registration.entry().entryNumber(), registration.registeredOn(), registration.lateRegistration(),
                    registration.declaration().child().fullName(), registration.declaration().child().dateOfBirth(),
                    registration.child().value(), registration.dossierId());
        }
    }
}
