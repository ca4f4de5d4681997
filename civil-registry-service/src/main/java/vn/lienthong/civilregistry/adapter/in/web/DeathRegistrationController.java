package vn.lienthong.civilregistry.adapter.in.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.civilregistry.application.port.in.FindDeathRegistrationUseCase;
import vn.lienthong.civilregistry.domain.Death;
import vn.lienthong.civilregistry.domain.DeathExtractNumber;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.web.InvalidFieldException;

/** Look up a registered death, as another agency checking a death extract would. */
@RestController
@RequestMapping("/api/v1/death-registrations")
public class DeathRegistrationController {

    private final FindDeathRegistrationUseCase registrations;

    public DeathRegistrationController(FindDeathRegistrationUseCase registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/{deathExtractNumber}")
    public DeathRegistrationView byExtract(@PathVariable String deathExtractNumber) {
        if (!DeathExtractNumber.isWellFormed(deathExtractNumber)) {
            throw new InvalidFieldException("deathExtractNumber",
                    "Số trích lục khai tử có dạng KT-mã xã-năm-số thứ tự, ví dụ KT-25450-2026-000017.",
                    "A death extract number looks like KT-25450-2026-000017.");
        }
        return registrations.findByExtractNumber(new DeathExtractNumber(deathExtractNumber))
                .map(DeathRegistrationView::of)
                .orElseThrow(DeathRegistrationNotFoundException::new);
    }

    // Optional here so that a missing number is answered like a malformed one, naming the field.
    @GetMapping
    public DeathRegistrationView byDeceased(@RequestParam(required = false) String personalIdNumber) {
        if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            throw new InvalidFieldException("personalIdNumber",
                    "Số định danh cá nhân phải có đúng 12 chữ số.", "A personal ID number has exactly 12 digits.");
        }
        return registrations.findByDeceased(new PersonalIdNumber(personalIdNumber))
                .map(DeathRegistrationView::of)
                .orElseThrow(DeathRegistrationNotFoundException::new);
    }

    /** {@code causeCategory} is null when the cause was not determined: the register leaves it blank. */
    public record DeathRegistrationView(String deathExtractNumber, String registerVolume, int entryNumber,
                                        LocalDate registeredOn, boolean lateRegistration, String deceasedFullName,
                                        String personalIdNumber, LocalDate dateOfDeath, String causeCategory,
                                        String proofKind, UUID dossierId) {

        static DeathRegistrationView of(DeathRegistration registration) {
            var declaration = registration.declaration();
            String cause = declaration.death().causeCategory();
            return new DeathRegistrationView(registration.extractNumber().value(), registration.entry().volume(),
                    registration.entry().entryNumber(), registration.registeredOn(), registration.lateRegistration(),
                    declaration.deceased().fullName(), registration.deceased().value(),
                    declaration.death().dateOfDeath(),
                    Death.UNDETERMINED.equals(cause) ? null : cause,
                    declaration.death().proof().kind(), registration.dossierId());
        }
    }
}
