package vn.lienthong.civilregistry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import vn.lienthong.civilregistry.application.port.in.FindDeathRegistrationUseCase;
import vn.lienthong.civilregistry.application.port.in.RegisterDeathCommand;
import vn.lienthong.civilregistry.application.port.in.RegisterDeathUseCase;
import vn.lienthong.civilregistry.application.port.out.DeathRegistrations;
import vn.lienthong.civilregistry.application.port.out.RegisterSerials;
import vn.lienthong.civilregistry.domain.DeathDecision;
import vn.lienthong.civilregistry.domain.DeathDeclaration;
import vn.lienthong.civilregistry.domain.DeathExtractNumber;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.DeathRegistrationPolicy;
import vn.lienthong.civilregistry.domain.LateRegistrationRule;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.civilregistry.domain.RegisterLayout;

/**
 * Registers deaths in the communes' death registers (sổ đăng ký khai tử), separate from the birth
 * registers: once per person, and once per dossier however often the dossier asks.
 */
public class RegisterDeathService implements RegisterDeathUseCase, FindDeathRegistrationUseCase {

    private final DeathRegistrations registrations;
    private final RegisterSerials serials;
    private final RegisterLayout layout;
    private final LateRegistrationRule lateRegistration;
    private final Clock clock;

    public RegisterDeathService(DeathRegistrations registrations, RegisterSerials serials, RegisterLayout layout,
                                LateRegistrationRule lateRegistration, Clock clock) {
        this.registrations = registrations;
        this.serials = serials;
        this.layout = layout;
        this.lateRegistration = lateRegistration;
        this.clock = clock;
    }

    @Override
    public DeathDecision register(RegisterDeathCommand command) {
        DeathDeclaration declaration = command.declaration();
        // A supplemented or replayed dossier gets its registration back rather than a second entry.
        Optional<DeathRegistration> existing = registrations.findByDossier(declaration.dossierId());
        if (existing.isPresent()) {
            return new DeathDecision.Registered(existing.get(), false);
        }
        LocalDate today = LocalDate.now(clock);
        List<Refusal> refusals = DeathRegistrationPolicy.refusals(declaration, today,
                registrations.findByDeceased(declaration.deceasedPersonalIdNumber()));
        if (!refusals.isEmpty()) {
            return new DeathDecision.Refused(refusals);
        }
        // Numbered only after every check, so a refusal leaves no gap in the register.
        Year year = Year.from(today);
        long serial = serials.next(declaration.registrationCommune(), year);
        var registration = new DeathRegistration(
                DeathExtractNumber.of(declaration.registrationCommune(), year, serial),
                layout.entryFor(year, serial),
                today,
                lateRegistration.isLate(declaration.death().dateOfDeath(), today),
                declaration);
        registrations.add(registration);
        return new DeathDecision.Registered(registration, true);
    }

    @Override
    public Optional<DeathRegistration> findByExtractNumber(DeathExtractNumber number) {
        return registrations.findByExtractNumber(number);
    }

    @Override
    public Optional<DeathRegistration> findByDeceased(PersonalIdNumber deceased) {
        return registrations.findByDeceased(deceased);
    }
}
