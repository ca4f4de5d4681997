package vn.lienthong.residence.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.residence.ResidenceTopics;
import vn.lienthong.contracts.residence.commands.RegisterPermanentResidence;
import vn.lienthong.contracts.residence.commands.RemovePermanentResidence;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRegistered;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRejected;
import vn.lienthong.contracts.residence.replies.PermanentResidenceRemoved;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.testing.StatementRecorder;
import vn.lienthong.residence.application.RegisterChildResidenceService;
import vn.lienthong.residence.application.port.in.RegisterChildResidenceCommand;
import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.Relationship;
import vn.lienthong.residence.domain.ResidenceDecision;

/**
 * A poll's commands handled as the consumer handles them, in one transaction prepared as one unit of
 * work: each test hands the consumer a batch directly, as Kafka would, and reads the replies the
 * orchestrator gets. Each test gets households of its own in a commune no other test registers in,
 * so its registration numbers are its own to count.
 */
class ResidenceBatchIT extends RunningResidence {

    private static final String COMMUNE = "26743";

    @Autowired
    @Qualifier("registerPermanentResidence")
    Consumer<Message<List<byte[]>>> consumer;

    @Autowired
    MessageCodec codec;

    @Autowired
    RegisterChildResidenceService registrations;

    @Test
    void aBatchDecidesAsOneCommandAtATimeDoesAndARefusedCommandTakesNoNumber() {
        Family family = aFamily();
        String firstChild = uniqueIdNumber();
        var headsChild = register(firstChild, family.head(), family.address(), false);
        var theSameChildAgain = register(firstChild, family.head(), family.address(), false);
        var withoutConsent = register(uniqueIdNumber(), family.son(), family.address(), false);
        var elsewhere = register(uniqueIdNumber(), family.head(), "Tổ không có", false);
        var grandchild = register(uniqueIdNumber(), family.son(), family.address(), true);
        Family neighbours = aFamily();
        var notTheirAddress = register(uniqueIdNumber(), neighbours.head(), family.address(), true);
        long before = lastSerial();

        handle(List.of(headsChild, theSameChildAgain, withoutConsent, elsewhere, grandchild, notTheirAddress));

        var first = reply(headsChild, PermanentResidenceRegistered.class);
        var again = reply(theSameChildAgain, PermanentResidenceRegistered.class);
        var second = reply(grandchild, PermanentResidenceRegistered.class);
        assertThat(again.registrationNumber()).isEqualTo(first.registrationNumber());
        assertThat(List.of(serial(first), serial(second))).containsExactlyInAnyOrder(before + 1, before + 2);
        assertThat(lastSerial()).as("no number taken by a refused command").isEqualTo(before + 2);
        assertThat(reply(withoutConsent, PermanentResidenceRejected.class).reasons()).extracting(Rejection::code)
                .containsExactly("HOUSEHOLD_HEAD_CONSENT_REQUIRED");
        assertThat(reply(elsewhere, PermanentResidenceRejected.class).reasons()).extracting(Rejection::code)
                .containsExactly("HOUSEHOLD_NOT_FOUND");
        assertThat(reply(notTheirAddress, PermanentResidenceRejected.class).reasons()).extracting(Rejection::code)
                .containsExactly("PARENT_NOT_REGISTERED_AT_ADDRESS");
        assertThat(memberships(firstChild)).isEqualTo(1);
        assertThat(relationship(firstChild)).isEqualTo("CHILD");
        assertThat(relationship(grandchild.childPersonalIdNumber())).isEqualTo("GRANDCHILD");
        assertThat(first.householdNumber()).isEqualTo(family.number());
        assertThat(first.registeredAddress()).isEqualTo(family.address() + ", Phường Bến Thành");

        // The same situations decided one command at a time, without a prepared batch.
        Family twin = aFamily();
        List<String> oneAtATime = Stream.of(
                        register(uniqueIdNumber(), twin.son(), twin.address(), false),
                        register(uniqueIdNumber(), twin.head(), "Tổ không có", false),
                        register(uniqueIdNumber(), twin.son(), twin.address(), true),
                        register(uniqueIdNumber(), neighbours.head(), twin.address(), true))
                .map(this::decideWithoutBatch).toList();
        assertThat(oneAtATime).containsExactly("HOUSEHOLD_HEAD_CONSENT_REQUIRED", "HOUSEHOLD_NOT_FOUND", "GRANDCHILD",
                "PARENT_NOT_REGISTERED_AT_ADDRESS");
    }

    @Test
    void aRemovalInTheBatchIsSeenByTheRegistrationsAfterIt() {
        Family family = aFamily();
        var sonDied = new RemovePermanentResidence(UUID.randomUUID(), UUID.randomUUID(), family.son(),
                LocalDate.of(2026, 11, 18), "KT-26743-2026-000001", COMMUNE, null);
        var childOfTheDeceased = register(uniqueIdNumber(), family.son(), family.address(), true);
        var headsChild = register(uniqueIdNumber(), family.head(), family.address(), false);

        handle(List.of(childOfTheDeceased, sonDied, headsChild));

        var removed = reply(sonDied, PermanentResidenceRemoved.class);
        assertThat(removed.remainingMembers()).isEqualTo(2);
        assertThat(reply(childOfTheDeceased, PermanentResidenceRejected.class).reasons()).extracting(Rejection::code)
                .containsExactly("PARENT_NOT_REGISTERED_AT_ADDRESS");
        assertThat(memberships(childOfTheDeceased.childPersonalIdNumber())).isZero();
        assertThat(reply(headsChild, PermanentResidenceRegistered.class).householdNumber()).isEqualTo(family.number());
        assertThat(jdbc.sql("select count(*) from household_member where household_number = ?").param(family.number())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aBatchSendsAsManyStatementsForTwentyRegistrationsAsForTwo() {
        Family small = aFamily();
        Family large = aFamily();
        List<RegisterPermanentResidence> two = registrationsOfChildrenOf(small, 2);
        List<RegisterPermanentResidence> twenty = registrationsOfChildrenOf(large, 20);

        int forTwo = StatementRecorder.statementsOf(() -> handle(two)).size();
        int forTwenty = StatementRecorder.statementsOf(() -> handle(twenty)).size();

        // Claim, households, addresses, two for the counters; then members, counters, replies, outbox.
        assertThat(forTwenty).as("statements for 2 commands: %d, for 20: %d", forTwo, forTwenty)
                .isEqualTo(forTwo).isLessThanOrEqualTo(9);
        twenty.forEach(command -> reply(command, PermanentResidenceRegistered.class));
        assertThat(jdbc.sql("select count(*) from household_member where household_number = ?").param(large.number())
                .query(Long.class).single()).isEqualTo(23);
    }

    private List<RegisterPermanentResidence> registrationsOfChildrenOf(Family family, int children) {
        List<RegisterPermanentResidence> commands = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            commands.add(register(uniqueIdNumber(), family.head(), family.address(), false));
        }
        return commands;
    }

    /** What the use case decides for {@code command} in a transaction of its own, no batch prepared. */
    private String decideWithoutBatch(RegisterPermanentResidence command) {
        var decision = transactions.execute(tx -> registrations.register(new RegisterChildResidenceCommand(
                command.dossierId(), command.childPersonalIdNumber(), command.childFullName(),
                command.childDateOfBirth(), command.parentPersonalIdNumber(), command.communeCode(),
                command.addressLine(), command.householdHeadConsent())));
        if (decision instanceof ResidenceDecision.Refused refused) {
            return refused.reasons().get(0).code();
        }
        return relationship(command.childPersonalIdNumber());
    }

    /** Hands the consumer one poll of {@code commands}, keyed by dossier as the orchestrator sends them. */
    private void handle(List<?> commands) {
        List<byte[]> payloads = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Object command : commands) {
            payloads.add(codec.encode(command));
            headers.add(Map.of(MessageHeaders.MESSAGE_TYPE, command.getClass().getSimpleName()));
            keys.add(dossierOf(command).toString());
        }
        consumer.accept(MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build());
    }

    private static UUID dossierOf(Object command) {
        return command instanceof RemovePermanentResidence removal
                ? removal.dossierId() : ((RegisterPermanentResidence) command).dossierId();
    }

    private <T> T reply(Object command, Class<T> type) {
        return kafka.awaitOne(ResidenceTopics.REPLIES, dossierOf(command).toString(), type);
    }

    private long lastSerial() {
        return jdbc.sql("select coalesce(max(last_serial), 0) from registration_serial where commune_code = ? and year = ?")
                .params(COMMUNE, LocalDate.now(clock).getYear()).query(Long.class).single();
    }

    private static long serial(PermanentResidenceRegistered registered) {
        String number = registered.registrationNumber();
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private long memberships(String person) {
        return jdbc.sql("select count(*) from household_member where personal_id_number = ?").param(person)
                .query(Long.class).single();
    }

    private String relationship(String person) {
        return http().get().uri("/api/v1/residents/{id}", person).retrieve().body(tools.jackson.databind.JsonNode.class)
                .get("relationshipToHead").asString();
    }

    private static RegisterPermanentResidence register(String child, String parent, String addressLine,
                                                       boolean consent) {
        return new RegisterPermanentResidence(UUID.randomUUID(), UUID.randomUUID(), child, "Nguyễn Thị Bé",
                LocalDate.of(2026, 11, 2), "KS-26743-2026-000123", parent, COMMUNE, addressLine, consent);
    }

    /** A head, his wife and their grown son at an address of their own, saved as the seed import saves one. */
    private Family aFamily() {
        String number = "HK-26743-8%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));
        var family = new Family(number, "Hẻm " + number.substring(9), uniqueIdNumber(), uniqueIdNumber(),
                uniqueIdNumber());
        transactions.executeWithoutResult(tx -> households.save(family.household()));
        return family;
    }

    private record Family(String number, String address, String head, String wife, String son) {

        Household household() {
            LocalDate since = LocalDate.of(2000, 1, 1);
            return new Household(new HouseholdNumber(number), new CommuneCode(COMMUNE), null, address,
                    new PersonalIdNumber(head), List.of(
                    new Member(new PersonalIdNumber(head), "Nguyễn Văn Cha", Relationship.HEAD, since, null),
                    new Member(new PersonalIdNumber(wife), "Trần Thị Mẹ", Relationship.SPOUSE, since, null),
                    new Member(new PersonalIdNumber(son), "Nguyễn Văn Con", Relationship.CHILD, since, null)));
        }
    }
}
