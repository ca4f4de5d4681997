package vn.lienthong.civilregistry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.DeathDeclarations.aTypicalDeath;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.civilregistry.DeathDeclarations;
import vn.lienthong.civilregistry.domain.DeathDecision;
import vn.lienthong.civilregistry.domain.DeathRegistration;
import vn.lienthong.civilregistry.domain.LateRegistrationRule;
import vn.lienthong.civilregistry.domain.Refusal;
import vn.lienthong.civilregistry.domain.RegisterEntry;
import vn.lienthong.civilregistry.domain.RegisterLayout;

/** Given the death registers, today 22 November 2026 in Vietnam, expect entries, extracts and flags. */
class RegisterDeathServiceTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 22 November 2026, 06:30 in Vietnam and still 21 November in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), VIETNAM);

    private final InMemoryDeathRegistrations registrations = new InMemoryDeathRegistrations();
    private final InMemoryRegisterSerials serials = new InMemoryRegisterSerials();
    private final RegisterDeathService service = new RegisterDeathService(registrations, serials,
            new RegisterLayout(2), new LateRegistrationRule(15), CLOCK);

    @Test
    void theExampleDeathIsWrittenInTheCommunesDeathRegisterOfTheYearWithItsExtract() {
        DeathRegistration registration = registered(aTypicalDeath());

        assertThat(registration.extractNumber().value()).isEqualTo("KT-25450-2026-000001");
        assertThat(registration.entry()).isEqualTo(new RegisterEntry("01/2026", 1));
        assertThat(registration.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(registration.lateRegistration()).isFalse();
        assertThat(service.findByDeceased(registration.deceased())).contains(registration);
        assertThat(service.findByExtractNumber(registration.extractNumber())).contains(registration);
    }

    @Test
    void entriesFollowEachOtherAndFillVolumesPerCommune() {
        var first = registered(aTypicalDeath().ofAnotherPerson());
        var second = registered(aTypicalDeath().ofAnotherPerson());
        var third = registered(aTypicalDeath().ofAnotherPerson());
        var elsewhere = registered(aTypicalDeath().ofAnotherPerson().inCommune("26734"));

        assertThat(first.entry()).isEqualTo(new RegisterEntry("01/2026", 1));
        assertThat(second.entry()).isEqualTo(new RegisterEntry("01/2026", 2));
        assertThat(third.entry()).isEqualTo(new RegisterEntry("02/2026", 1));
        assertThat(third.extractNumber().value()).isEqualTo("KT-25450-2026-000003");
        assertThat(elsewhere.extractNumber().value()).isEqualTo("KT-26734-2026-000001");
    }

    @Test
    void theSameDossierAskingAgainGetsItsRegistrationBackWithoutANewEntry() {
        var first = (DeathDecision.Registered) service.register(aTypicalDeath().command());

        var again = service.register(aTypicalDeath().command());

        assertThat(again).isEqualTo(new DeathDecision.Registered(first.registration(), false));
        assertThat(registrations.entries).hasSize(1);
        assertThat(serials.issued("25450", 2026)).isEqualTo(1);
    }

    @Test
    void anotherDossierForTheSameDeathIsRefusedWithTheFirstExtractAndSpendsNoEntry() {
        registered(aTypicalDeath());

        var decision = service.register(aTypicalDeath().inDossier(UUID.randomUUID()).command());

        assertThat(decision).isInstanceOfSatisfying(DeathDecision.Refused.class, refused -> {
            assertThat(refused.reasons()).extracting(Refusal::code).containsExactly("DEATH_ALREADY_REGISTERED");
            assertThat(refused.reasons().get(0).messageEn()).contains("KT-25450-2026-000001");
        });
        assertThat(serials.issued("25450", 2026)).isEqualTo(1);
    }

    @Test
    void aRefusedDeclarationLeavesNoGapInTheRegister() {
        var refused = service.register(aTypicalDeath().ofAnotherPerson().filedIn("25453").command());
        var next = registered(aTypicalDeath().ofAnotherPerson());

        assertThat(refused).isInstanceOf(DeathDecision.Refused.class);
        assertThat(next.entry()).isEqualTo(new RegisterEntry("01/2026", 1));
    }

    @Test
    void aDeathDeclaredAfterFifteenDaysIsRegisteredFlaggedLateOnTheCommunesCalendarDay() {
        // 15 and 16 days before 22 November; counted from the UTC day (21 November) neither would be late.
        var inTime = registered(aTypicalDeath().ofAnotherPerson().diedOn(LocalDate.of(2026, 11, 7)));
        var late = registered(aTypicalDeath().ofAnotherPerson().diedOn(LocalDate.of(2026, 11, 6)));
        var longAgo = registered(aTypicalDeath().ofAnotherPerson().diedOn(LocalDate.of(1999, 2, 1)));

        assertThat(inTime.lateRegistration()).isFalse();
        assertThat(late.lateRegistration()).isTrue();
        assertThat(longAgo.lateRegistration()).isTrue();
    }

    private DeathRegistration registered(DeathDeclarations declaration) {
        var decision = service.register(declaration.command());
        assertThat(decision).isInstanceOf(DeathDecision.Registered.class);
        var registered = (DeathDecision.Registered) decision;
        assertThat(registered.newlyRegistered()).isTrue();
        return registered.registration();
    }
}
