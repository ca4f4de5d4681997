package vn.lienthong.civilregistry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.Declarations.aTypicalDeclaration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.civilregistry.Declarations;
import vn.lienthong.civilregistry.domain.BirthDecision;
import vn.lienthong.civilregistry.domain.RegisterLayout;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.LateRegistrationRule;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.civilregistry.domain.RegisterEntry;

class RegisterBirthServiceTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 22 November 2026, 06:30 in Vietnam and still 21 November in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), VIETNAM);

    private final InMemoryBirthRegistrations registrations = new InMemoryBirthRegistrations();
    private final InMemoryRegisterSerials serials = new InMemoryRegisterSerials();
    private final RegisterBirthService service = new RegisterBirthService(registrations, serials,
            new RegisterLayout(2), new LateRegistrationRule(60), CLOCK);

    @Test
    void theExampleChildIsWrittenInTheCommunesRegisterOfTheYear() {
        BirthRegistration registration = registered(aTypicalDeclaration());

        assertThat(registration.certificateNumber().value()).isEqualTo("KS-25450-2026-000001");
        assertThat(registration.entry()).isEqualTo(new RegisterEntry("01/2026", 1));
        assertThat(registration.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(registration.lateRegistration()).isFalse();
        assertThat(service.findByChild(registration.child())).contains(registration);
        assertThat(service.findByCertificateNumber(registration.certificateNumber())).contains(registration);
    }

    @Test
    void entriesFollowEachOtherAndFillVolumesPerCommune() {
        var first = registered(aTypicalDeclaration().ofAnotherChild());
        var second = registered(aTypicalDeclaration().ofAnotherChild());
        var third = registered(aTypicalDeclaration().ofAnotherChild());
        var elsewhere = registered(aTypicalDeclaration().ofAnotherChild().inCommune("26734"));

        assertThat(first.entry()).isEqualTo(new RegisterEntry("01/2026", 1));
        assertThat(second.entry()).isEqualTo(new RegisterEntry("01/2026", 2));
        assertThat(third.entry()).isEqualTo(new RegisterEntry("02/2026", 1));
        assertThat(third.certificateNumber().value()).isEqualTo("KS-25450-2026-000003");
        assertThat(elsewhere.certificateNumber().value()).isEqualTo("KS-26734-2026-000001");
    }

    @Test
    void theSameDossierAskingAgainGetsItsRegistrationBackWithoutANewEntry() {
        var first = service.register(aTypicalDeclaration().command());

        var again = service.register(aTypicalDeclaration().command());

        assertThat(again).isEqualTo(new BirthDecision.Registered(((BirthDecision.Registered) first).registration(), false));
        assertThat(registrations.entries).hasSize(1);
        assertThat(serials.issued("25450", 2026)).isEqualTo(1);
    }

    @Test
    void anotherDossierForTheSameChildIsRefusedAndSpendsNoEntry() {
        registered(aTypicalDeclaration());

        var decision = service.register(aTypicalDeclaration().inDossier(UUID.randomUUID()).command());

        assertThat(decision).isInstanceOfSatisfying(BirthDecision.Refused.class, refused ->
                assertThat(refused.reasons()).extracting(Refusal::code).containsExactly("DUPLICATE_BIRTH"));
        assertThat(serials.issued("25450", 2026)).isEqualTo(1);
    }

    @Test
    void aRefusedDeclarationLeavesNoGapInTheRegister() {
        var refused = service.register(aTypicalDeclaration().ofAnotherChild().bornOutsideAFacility().command());
        var next = registered(aTypicalDeclaration().ofAnotherChild());

        assertThat(refused).isInstanceOf(BirthDecision.Refused.class);
        assertThat(next.entry()).isEqualTo(new RegisterEntry("01/2026", 1));
    }

    @Test
    void lateRegistrationIsJudgedOnTheCommunesCalendarDay() {
        // 60 and 61 days before 22 November; counted from the UTC day (21 November) neither would be late.
        var inTime = registered(aTypicalDeclaration().ofAnotherChild().bornOn(LocalDate.of(2026, 9, 23)));
        var late = registered(aTypicalDeclaration().ofAnotherChild().bornOn(LocalDate.of(2026, 9, 22)));

        assertThat(inTime.lateRegistration()).isFalse();
        assertThat(late.lateRegistration()).isTrue();
    }

    private BirthRegistration registered(Declarations declaration) {
        var decision = service.register(declaration.command());
        assertThat(decision).isInstanceOf(BirthDecision.Registered.class);
        var registered = (BirthDecision.Registered) decision;
        assertThat(registered.newlyRegistered()).isTrue();
        return registered.registration();
    }
}
