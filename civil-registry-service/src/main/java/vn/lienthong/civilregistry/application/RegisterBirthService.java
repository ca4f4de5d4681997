package vn.lienthong.civilregistry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import vn.lienthong.civilregistry.application.port.in.FindBirthRegistrationUseCase;
import vn.lienthong.civilregistry.application.port.in.RegisterBirthCommand;
import vn.lienthong.civilregistry.application.port.in.RegisterBirthUseCase;
import vn.lienthong.civilregistry.application.port.out.BirthRegistrations;
import vn.lienthong.civilregistry.application.port.out.RegisterSerials;
import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthDecision;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.RegisterLayout;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.BirthRegistrationPolicy;
import vn.lienthong.civilregistry.domain.LateRegistrationRule;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.civilregistry.domain.Refusal;

/** Registers births: once per child, and once per dossier however often the dossier asks. */
public class RegisterBirthService implements RegisterBirthUseCase, FindBirthRegistrationUseCase {

    private final BirthRegistrations registrations;
    private final RegisterSerials serials;
    private final RegisterLayout layout;
    private final LateRegistrationRule lateRegistration;
    private final Clock clock;

    public RegisterBirthService(BirthRegistrations registrations, RegisterSerials serials, RegisterLayout layout,
                                LateRegistrationRule lateRegistration, Clock clock) {
        this.registrations = registrations;
        this.serials = serials;
        this.layout = layout;
        this.lateRegistration = lateRegistration;
        this.clock = clock;
    }

    @Override
    public BirthDecision register(RegisterBirthCommand command) {
        BirthDeclaration declaration = command.declaration();
        // A supplemented or replayed dossier gets its registration back rather than a second entry.
        Optional<BirthRegistration> existing = registrations.findByDossier(declaration.dossierId());
        if (existing.isPresent()) {
            return new BirthDecision.Registered(existing.get(), false);
        }
        LocalDate today = LocalDate.now(clock);
        List<Refusal> refusals = BirthRegistrationPolicy.refusals(declaration, today,
                registrations.findSameChild(declaration));
        if (!refusals.isEmpty()) {
            return new BirthDecision.Refused(refusals);
        }
        // Numbered only after every check, so a refusal leaves no gap in the register.
        Year year = Year.from(today);
        long serial = serials.next(declaration.registrationCommune(), year);
        var registration = new BirthRegistration(
                BirthCertificateNumber.of(declaration.registrationCommune(), year, serial),
                layout.entryFor(year, serial),
                today,
                lateRegistration.isLate(declaration.child().dateOfBirth(), today),
                declaration);
        registrations.add(registration);
        return new BirthDecision.Registered(registration, true);
    }

    @Override
    public Optional<BirthRegistration> findByCertificateNumber(BirthCertificateNumber number) {
        return registrations.findByCertificateNumber(number);
    }

    @Override
    public Optional<BirthRegistration> findByChild(PersonalIdNumber child) {
        return registrations.findByChild(child);
    }
}
