package vn.lienthong.residence.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.contracts.residence.replies.NoPermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemovalRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;
import vn.lienthong.deploy.population.Death;
import vn.lienthong.deploy.population.Population;
import vn.lienthong.deploy.population.SeedFiles;
import vn.lienthong.deploy.population.SyntheticPopulation;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.residence.adapter.in.seed.HouseholdSeedImport;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Relationship;

/**
 * Removals of the deceased as the orchestrator asks for them: {@code RemovePermanentResidence} on the
 * residence command topic beside the registrations, answered on its reply topic. Each test gets a
 * household of its own: a grandfather heading it with his wife and their son.
 */
class ResidenceRemovalIT extends RunningResidence {

    private static final LocalDate DIED = LocalDate.of(2026, 11, 18);

    @Test
    void whenTheHeadDiesHeLeavesTheHouseholdWhichNeedsANewHead() {
        Family family = aFamily();
        var command = removal(family.grandfather());

        PermanentResidenceRemoved removed = send(command, PermanentResidenceRemoved.class);

        assertThat(removed.commandId()).isEqualTo(command.commandId());
        assertThat(removed.householdNumber()).isEqualTo(family.number());
        assertThat(removed.communeCode()).isEqualTo("25450");
        assertThat(removed.registeredAddress()).isEqualTo(family.address() + ", Xã Bù Gia Mập");
        assertThat(removed.deceasedWasHead()).isTrue();
        assertThat(removed.householdNeedsNewHead()).isTrue();
        assertThat(removed.remainingMembers()).isEqualTo(2);
        assertThat(removed.removedOn()).isNotNull();
        JsonNode household = household(family.number());
        assertThat(household.get("headNeeded").asBoolean()).isTrue();
        assertThat(household.get("headPersonalIdNumber").asString()).isEqualTo(family.grandfather());
        assertThat(household.get("members")).extracting(member -> member.get("personalIdNumber").asString())
                .containsExactlyInAnyOrder(family.grandmother(), family.son());
        assertThat(residentStatus(family.grandfather())).isEqualTo(404);
        assertThat(jdbc.sql("select death_extract_number from residence_removal where personal_id_number = ?")
                .param(family.grandfather()).query(String.class).single()).isEqualTo("KT-25450-2026-000017");
    }

    @Test
    void whenAMemberDiesTheHeadStaysAndNothingIsNeeded() {
        Family family = aFamily();

        PermanentResidenceRemoved removed = send(removal(family.grandmother()), PermanentResidenceRemoved.class);

        assertThat(removed.deceasedWasHead()).isFalse();
        assertThat(removed.householdNeedsNewHead()).isFalse();
        assertThat(removed.remainingMembers()).isEqualTo(2);
        assertThat(household(family.number()).get("headNeeded").asBoolean()).isFalse();
    }

    @Test
    void aCommandDeliveredTwiceOrAnotherDossierForTheSameDeathRemovesOnce() {
        Family family = aFamily();
        var command = removal(family.grandfather());

        kafka.send(ResidenceTopics.COMMANDS, command.dossierId().toString(), command);
        kafka.send(ResidenceTopics.COMMANDS, command.dossierId().toString(), command);
        var replies = kafka.await(ResidenceTopics.REPLIES, command.dossierId().toString(), 2);
        var first = kafka.decode(replies.get(0), PermanentResidenceRemoved.class);
        assertThat(kafka.decode(replies.get(1), PermanentResidenceRemoved.class)).isEqualTo(first);

        var otherDossier = removal(family.grandfather());
        PermanentResidenceRemoved again = send(otherDossier, PermanentResidenceRemoved.class);
        assertThat(again.dossierId()).isEqualTo(otherDossier.dossierId());
        assertThat(again.householdNumber()).isEqualTo(first.householdNumber());
        assertThat(again.deceasedWasHead()).isTrue();
        assertThat(again.remainingMembers()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from residence_removal where personal_id_number = ?")
                .param(family.grandfather()).query(Long.class).single()).isEqualTo(1);
        assertThat(household(family.number()).get("members")).hasSize(2);
    }

    @Test
    void someoneWithNoPermanentResidenceHasNothingToRemoveAndTheStepSaysSo() {
        var command = removal(uniqueIdNumber());

        NoPermanentResidenceRegistered nothing = send(command, NoPermanentResidenceRegistered.class);

        assertThat(nothing.commandId()).isEqualTo(command.commandId());
        assertThat(nothing.messageVi()).startsWith("Người chết không có đăng ký thường trú");
        assertThat(nothing.messageEn()).contains("nothing to remove");
    }

    @Test
    void aDeathBeforeThePersonCameToLiveThereIsRefusedAndRemovesNothing() {
        Family family = aFamily();
        var command = new RemovePermanentResidence(UUID.randomUUID(), UUID.randomUUID(), family.son(),
                LocalDate.of(1989, 12, 31), "KT-25450-2026-000017", "25450", family.address());

        var rejected = send(command, PermanentResidenceRemovalRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::code, Rejection::field)
                .containsExactly(tuple("DATE_OF_DEATH_BEFORE_RESIDENCE", "death.dateOfDeath"));
        assertThat(residentStatus(family.son())).isEqualTo(200);
    }

    @Test
    void aCommandWithMalformedFieldsIsAnsweredWithARejectionNamingThem() {
        var command = new RemovePermanentResidence(UUID.randomUUID(), UUID.randomUUID(), "07006000112", null, " ",
                "2545", null);

        var rejected = send(command, PermanentResidenceRemovalRejected.class);

        assertThat(rejected.reasons()).extracting(Rejection::field).containsExactly("deceased.personalIdNumber",
                "death.dateOfDeath", "deathExtractNumber", "deceased.lastResidence.communeCode");
    }

    @Test
    void aSeedImportAfterTheDeathNeitherBringsTheDeadBackNorForgetsTheHouseholdNeedsAHead() {
        Family family = aFamily();
        send(removal(family.grandfather()), PermanentResidenceRemoved.class);

        transactions.executeWithoutResult(tx -> households.save(family.household()));

        JsonNode household = household(family.number());
        assertThat(household.get("members")).hasSize(2);
        assertThat(household.get("headNeeded").asBoolean()).isTrue();
        assertThat(residentStatus(family.grandfather())).isEqualTo(404);
    }

    @Test
    void registrationsAndRemovalsShareTheTopicAndACommandOfAnotherAgencyIsDeadLettered() {
        Family family = aFamily();
        var birth = new RegisterPermanentResidence(UUID.randomUUID(), UUID.randomUUID(), uniqueIdNumber(),
                "Nguyễn Văn Bé", LocalDate.of(2026, 11, 2), "KS-25450-2026-000123", family.son(), "25450",
                family.address(), true);
        var death = removal(family.grandmother());
        var misrouted = new RegisterBirth(UUID.randomUUID(), UUID.randomUUID(), null, "25450", "075326000123", null,
                null, null, null, false);

        kafka.send(ResidenceTopics.COMMANDS, birth.dossierId().toString(), birth);
        kafka.send(ResidenceTopics.COMMANDS, death.dossierId().toString(), death);
        kafka.send(ResidenceTopics.COMMANDS, misrouted.dossierId().toString(), misrouted);

        assertThat(kafka.awaitOne(ResidenceTopics.REPLIES, birth.dossierId().toString(),
                PermanentResidenceRegistered.class).householdNumber()).isEqualTo(family.number());
        assertThat(kafka.awaitOne(ResidenceTopics.REPLIES, death.dossierId().toString(),
                PermanentResidenceRemoved.class).remainingMembers()).isEqualTo(3);
        var dead = kafka.await(ResidenceTopics.COMMANDS_DEAD_LETTER, misrouted.dossierId().toString(), 1).get(0);
        assertThat(KafkaProbe.header(dead, MessageHeaders.DEAD_LETTER_REASON)).contains("RegisterBirth");
    }

    /**
     * The synthetic population's deaths, their households loaded from its seed file as the local run
     * loads them: each removal answers as the population expects, a head's household needing a new head.
     */
    @Test
    void theSyntheticDeathsAreRemovedAsThePopulationExpects() throws IOException {
        Population population = SyntheticPopulation.generate(37, 0, 60, LocalDate.of(2026, 11, 22));
        Path seed = Files.createTempDirectory("residence-deaths");
        try {
            SeedFiles.write(population, seed);
            new HouseholdSeedImport(seed, households, transactions).run(null);

            for (Death death : population.deaths()) {
                var command = new RemovePermanentResidence(UUID.randomUUID(), UUID.randomUUID(),
                        death.deceased().personalIdNumber(), death.dateOfDeath(), "KT-" + death.commune().code()
                        + "-2026-000001", death.commune().code(), death.addressLine());
                kafka.send(ResidenceTopics.COMMANDS, command.dossierId().toString(), command);
                var reply = kafka.await(ResidenceTopics.REPLIES, command.dossierId().toString(), 1).get(0);
                Death.ResidenceOutcome outcome = switch (KafkaProbe.header(reply, MessageHeaders.MESSAGE_TYPE)) {
                    case "NoPermanentResidenceRegistered" -> Death.ResidenceOutcome.NOT_REGISTERED;
                    case "PermanentResidenceRemoved" -> {
                        var removed = kafka.decode(reply, PermanentResidenceRemoved.class);
                        yield removed.householdNeedsNewHead() ? Death.ResidenceOutcome.REMOVED_HOUSEHOLD_NEEDS_NEW_HEAD
                                : removed.remainingMembers() == 0 ? Death.ResidenceOutcome.REMOVED_NO_ONE_LEFT
                                : Death.ResidenceOutcome.REMOVED;
                    }
                    default -> null;
                };
                assertThat(outcome).as("death %d", death.serial()).isEqualTo(death.expectedResidence());
            }
        } finally {
            FileSystemUtils.deleteRecursively(seed);
        }
    }

    /** A household of three at an address of its own in commune 25450, saved as the seed import saves one. */
    private Family aFamily() {
        String number = "HK-25450-9%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));
        var family = new Family(number, "Tổ " + number.substring(9), uniqueIdNumber(), uniqueIdNumber(), uniqueIdNumber());
        transactions.executeWithoutResult(tx -> households.save(family.household()));
        return family;
    }

    private record Family(String number, String address, String grandfather, String grandmother, String son) {

        Household household() {
            LocalDate since = LocalDate.of(1990, 1, 1);
            return new Household(new HouseholdNumber(number), new CommuneCode("25450"), null, address,
                    new PersonalIdNumber(grandfather), List.of(
                    new Member(new PersonalIdNumber(grandfather), "Nguyễn Văn Ông", Relationship.HEAD, since, null),
                    new Member(new PersonalIdNumber(grandmother), "Trần Thị Bà", Relationship.SPOUSE, since, null),
                    new Member(new PersonalIdNumber(son), "Nguyễn Văn Con", Relationship.CHILD, since, null)));
        }
    }

    private static RemovePermanentResidence removal(String person) {
        return new RemovePermanentResidence(UUID.randomUUID(), UUID.randomUUID(), person, DIED, "KT-25450-2026-000017",
                "25450", null);
    }

    private <T> T send(RemovePermanentResidence command, Class<T> replyType) {
        kafka.send(ResidenceTopics.COMMANDS, command.dossierId().toString(), command);
        return kafka.awaitOne(ResidenceTopics.REPLIES, command.dossierId().toString(), replyType);
    }

    private JsonNode household(String number) {
        return http().get().uri("/api/v1/households/{number}", number).retrieve().body(JsonNode.class);
    }

    private int residentStatus(String person) {
        return http().get().uri("/api/v1/residents/{id}", person)
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
