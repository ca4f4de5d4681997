package vn.lienthong.residence.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.lienthong.residence.domain.Families.BROI;
import static vn.lienthong.residence.domain.Families.HANH;
import static vn.lienthong.residence.domain.Families.LAN;
import static vn.lienthong.residence.domain.Families.MINH;
import static vn.lienthong.residence.domain.Families.TUAN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lienthong.residence.application.port.in.RemoveDeceasedResidenceCommand;
import vn.lienthong.residence.domain.Families;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Refusal;
import vn.lienthong.residence.domain.RemovalDecision;
import vn.lienthong.residence.domain.ResidenceRemoval;

/**
 * Given the built-in households (Brơi heads his with his son Tuấn and Tuấn's wife Hạnh; Lan heads
 * hers with her husband Minh; An lives alone) and today 22 November 2026, expect what a death leaves.
 */
class RemoveDeceasedResidenceServiceTest {

    private static final LocalDate DIED = LocalDate.of(2026, 11, 18);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final HouseholdNumber BROIS = new HouseholdNumber("HK-25450-000002");

    private final InMemoryHouseholds households = new InMemoryHouseholds(Families.lansHousehold(),
            Families.broisHousehold(), Families.ansHousehold());
    private final InMemoryResidenceRemovals removals = new InMemoryResidenceRemovals(households);
    private final RemoveDeceasedResidenceService service = new RemoveDeceasedResidenceService(households, removals,
            CLOCK);

    @Test
    void aHeadWhoDiesLeavesAHouseholdThatNeedsANewHead() {
        ResidenceRemoval removal = removed(BROI);

        assertThat(removal.householdNumber()).isEqualTo(BROIS);
        assertThat(removal.registeredAddress()).isEqualTo("Thôn 3, Xã Bù Gia Mập");
        assertThat(removal.deceasedWasHead()).isTrue();
        assertThat(removal.householdNeedsNewHead()).isTrue();
        assertThat(removal.remainingMembers()).isEqualTo(2);
        assertThat(removal.removedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        var household = households.find(BROIS).orElseThrow();
        assertThat(household.headNeeded()).isTrue();
        assertThat(household.members()).extracting(member -> member.personalIdNumber()).containsExactly(TUAN, HANH);
        assertThat(households.of(BROI)).isEmpty();
    }

    @Test
    void aMemberWhoDiesLeavesTheHeadInPlace() {
        ResidenceRemoval removal = removed(MINH);

        assertThat(removal.deceasedWasHead()).isFalse();
        assertThat(removal.householdNeedsNewHead()).isFalse();
        assertThat(removal.remainingMembers()).isEqualTo(1);
        assertThat(households.of(LAN).orElseThrow().headNeeded()).isFalse();
    }

    @Test
    void aHeadWhoLivedAloneLeavesAHouseholdThatNeedsNoHead() {
        ResidenceRemoval removal = removed(Families.AN);

        assertThat(removal.deceasedWasHead()).isTrue();
        assertThat(removal.remainingMembers()).isZero();
        assertThat(removal.householdNeedsNewHead()).isFalse();
    }

    @Test
    void aHouseholdStillWaitingForAHeadStillNeedsOneAfterAnotherDeath() {
        removed(BROI);

        assertThat(removed(HANH).householdNeedsNewHead()).isTrue();
        assertThat(removed(TUAN).householdNeedsNewHead()).isFalse();
        assertThat(households.find(BROIS).orElseThrow().members()).isEmpty();
    }

    @Test
    void theSamePersonAgainFromAnyDossierGetsTheFirstRemovalAndNothingMoreIsRemoved() {
        ResidenceRemoval first = removed(BROI);

        var again = service.remove(command(UUID.randomUUID(), BROI, DIED));

        assertThat(again).isEqualTo(new RemovalDecision.Removed(first, false));
        assertThat(removals.byPerson).hasSize(1);
        assertThat(households.find(BROIS).orElseThrow().members()).hasSize(2);
    }

    @Test
    void someoneWithoutAPermanentResidenceHasNothingToRemoveWhichIsNoRefusal() {
        var decision = service.remove(command(UUID.randomUUID(), new PersonalIdNumber("079150123456"), DIED));

        assertThat(decision).isInstanceOf(RemovalDecision.NotRegistered.class);
        assertThat(removals.byPerson).isEmpty();
    }

    @Test
    void aDeathBeforeThePersonCameToLiveThereIsForAnOfficerAndRemovesNothing() {
        var decision = service.remove(command(UUID.randomUUID(), BROI, LocalDate.of(2019, 1, 1)));

        assertThat(decision).isInstanceOfSatisfying(RemovalDecision.Refused.class, refused ->
                assertThat(refused.reasons()).extracting(Refusal::code, Refusal::field)
                        .containsExactly(tuple("DATE_OF_DEATH_BEFORE_RESIDENCE", "death.dateOfDeath")));
        assertThat(households.of(BROI)).isPresent();
    }

    private ResidenceRemoval removed(PersonalIdNumber person) {
        var decision = service.remove(command(UUID.randomUUID(), person, DIED));
        assertThat(decision).isInstanceOf(RemovalDecision.Removed.class);
        var removed = (RemovalDecision.Removed) decision;
        assertThat(removed.newlyRemoved()).isTrue();
        return removed.removal();
    }

    private static RemoveDeceasedResidenceCommand command(UUID dossierId, PersonalIdNumber person, LocalDate died) {
        return new RemoveDeceasedResidenceCommand(dossierId, person.value(), died, "KT-25450-2026-000017", "25450",
                "Thôn 3");
    }
}
