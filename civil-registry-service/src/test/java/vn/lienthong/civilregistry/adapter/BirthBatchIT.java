package vn.lienthong.civilregistry.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.DeathDeclarations.aTypicalDeath;
import static vn.lienthong.civilregistry.Declarations.aTypicalDeclaration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.lienthong.civilregistry.adapter.out.persistence.CivilRegisterUnitOfWork;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcBirthRegistrations;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcDeathRegistrations;
import vn.lienthong.civilregistry.adapter.out.persistence.JdbcRegisterSerials;
import vn.lienthong.civilregistry.application.RegisterBirthService;
import vn.lienthong.civilregistry.application.RegisterDeathService;
import vn.lienthong.civilregistry.config.CivilRegistryConfiguration;
import vn.lienthong.civilregistry.config.CivilRegistryProperties;
import vn.lienthong.civilregistry.domain.LateRegistrationRule;
import vn.lienthong.civilregistry.domain.RegisterLayout;
import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.civilregistry.commands.RegisterBirth;
import vn.lienthong.contracts.civilregistry.commands.RegisterDeath;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistered;
import vn.lienthong.contracts.civilregistry.replies.BirthRegistrationRejected;
import vn.lienthong.contracts.civilregistry.replies.DeathRegistered;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.messaging.IdempotentCommandHandler;
import vn.lienthong.messaging.JdbcOutbox;
import vn.lienthong.messaging.MessageBatches;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.OutboxRelay;
import vn.lienthong.messaging.SimulatedAgencyConditions;
import vn.lienthong.messaging.testing.StatementRecorder;

/**
 * A poll's worth of commands handled as the consumer handles them, in one transaction readied for
 * the whole batch, over the service's real PostgreSQL: the same decisions and register numbers as
 * one command at a time, and a number of statements that does not grow with the batch. The
 * consumer is built as the binding's is, over a data source that notes each statement sent.
 */
class BirthBatchIT extends RunningCivilRegistry {

    private final MessageCodec codec = new MessageCodec();

    @Autowired
    DataSource dataSource;

    @Autowired
    OutboxRelay relay;

    @Autowired
    SimulatedAgencyConditions conditions;

    @Autowired
    CivilRegistryProperties properties;

    private Consumer<Message<List<byte[]>>> consumer;

    @BeforeEach
    void buildTheConsumer() {
        JdbcClient client = JdbcClient.create(dataSource);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var commands = new IdempotentCommandHandler(client, transactions, new JdbcOutbox(client, codec, relay), codec,
                conditions);
        var births = new JdbcBirthRegistrations(client);
        var birthSerials = new JdbcRegisterSerials(client);
        var deathSerials = JdbcRegisterSerials.ofDeathRegisters(client);
        var layout = new RegisterLayout(properties.entriesPerVolume());
        var birthService = new RegisterBirthService(births, birthSerials, layout,
                new LateRegistrationRule(properties.lateRegistrationDays()), clock);
        var deathService = new RegisterDeathService(new JdbcDeathRegistrations(client), deathSerials, layout,
                new LateRegistrationRule(properties.deathDeclarationDays()), clock);
        var meters = new SimpleMeterRegistry();
        consumer = CivilRegistryConfiguration.commandConsumer(new MessageBatches(transactions, meters), codec, commands,
                birthService, deathService, new CivilRegisterUnitOfWork(births, birthSerials, deathSerials, clock),
                meters);
    }

    @Test
    void aBatchDecidesAndNumbersAsOneCommandAtATimeWould() {
        List<String> batchCommunes = twoNewCommunes();
        List<Object> inOneBatch = aDayOfCommands(batchCommunes.get(0), batchCommunes.get(1));
        List<String> singleCommunes = twoNewCommunes();
        List<Object> oneByOne = aDayOfCommands(singleCommunes.get(0), singleCommunes.get(1));

        consumer.accept(batch(inOneBatch));
        oneByOne.forEach(command -> consumer.accept(batch(List.of(command))));

        List<String> batchAnswers = answers(inOneBatch, batchCommunes);
        assertThat(batchAnswers).containsExactly(
                "registered 01/2026 1 KS-A-2026-000001",
                "registered 01/2026 1 KS-A-2026-000001",
                "registered 01/2026 1 KS-A-2026-000001",
                "registered 01/2026 2 KS-A-2026-000002",
                "rejected [ORIGINAL_BIRTH_STATEMENT_REQUIRED child.placeOfBirth.facilityName]",
                "rejected [DUPLICATE_BIRTH child.medicalBirthCertificate.number]",
                "rejected [DUPLICATE_BIRTH child.personalIdNumber]",
                "registered 02/2026 1 KS-A-2026-000003",
                "registered 02/2026 2 KS-A-2026-000004",
                "death registered 01/2026 1 KT-A-2026-000001",
                "registered 01/2026 1 KS-B-2026-000001");
        assertThat(answers(oneByOne, singleCommunes)).isEqualTo(batchAnswers);
        String commune = batchCommunes.get(0);
        assertThat(jdbc.sql("select count(*) from birth_register_entry where commune_code = ?").param(commune)
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select last_serial from birth_register_serial where commune_code = ? and register_year = 2026")
                .param(commune).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aCommandDeliveredTwiceInOneBatchIsAnsweredTwiceWithOneRegistration() {
        List<String> communes = twoNewCommunes();
        List<Object> commands = aDayOfCommands(communes.get(0), communes.get(1));
        RegisterBirth first = (RegisterBirth) commands.get(0);

        consumer.accept(batch(commands));

        var replies = kafka.await(CivilRegistryTopics.REPLIES, first.dossierId().toString(), 3).stream()
                .map(reply -> kafka.decode(reply, BirthRegistered.class)).toList();
        assertThat(replies).extracting(BirthRegistered::commandId)
                .containsExactlyInAnyOrder(first.commandId(), first.commandId(), ((RegisterBirth) commands.get(1)).commandId());
        assertThat(replies).extracting(BirthRegistered::birthCertificateNumber)
                .containsOnly("KS-" + communes.get(0) + "-2026-000001");
        assertThat(jdbc.sql("select count(*) from birth_register_entry where dossier_id = ?").param(first.dossierId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBatchSendsAsManyStatementsForThirtyBirthsAsForThree() {
        List<Object> three = births(3, twoNewCommunes().subList(0, 1));
        List<String> forThree = StatementRecorder.statementsOf(() -> consumer.accept(batch(three)));
        List<Object> thirty = births(30, twoNewCommunes());
        List<String> forThirty = StatementRecorder.statementsOf(() -> consumer.accept(batch(thirty)));

        assertThat(thirty).allSatisfy(command -> assertThat(reply(((RegisterBirth) command).commandId()))
                .isInstanceOf(BirthRegistered.class));
        // Commands claimed, counters created and locked, entries loaded; entries, counters, replies and
        // the outbox written just before commit.
        assertThat(forThirty).hasSameSizeAs(forThree).hasSize(8);
    }

    @Test
    void aBatchTheDatabaseRefusesAtCommitIsHandledAgainOneByOneWithoutAGap() {
        jdbc.sql("alter table birth_register_entry add constraint refuses_one_batch_name"
                + " check (child_full_name <> 'Không Ghi Được') not valid").update();
        try {
            String commune = twoNewCommunes().get(0);
            long base = ThreadLocalRandom.current().nextLong();
            RegisterBirth unstorable = aTypicalDeclaration().ofAnotherChild().inCommune(commune)
                    .inDossier(new UUID(base, 1)).withChildName("Không Ghi Được").message();
            RegisterBirth storable = aTypicalDeclaration().ofAnotherChild().inCommune(commune)
                    .inDossier(new UUID(base, 2)).message();

            consumer.accept(batch(List.of(unstorable, storable)));

            assertThat(((BirthRegistrationRejected) reply(unstorable.commandId())).reasons())
                    .extracting(Rejection::code).containsExactly(Rejection.CANNOT_PROCESS);
            assertThat(((BirthRegistered) reply(storable.commandId())).birthCertificateNumber())
                    .isEqualTo("KS-" + commune + "-2026-000001");
        } finally {
            jdbc.sql("alter table birth_register_entry drop constraint refuses_one_batch_name").update();
        }
    }

    /**
     * One commune's day, in the order a batch handles it (its births by dossier, then its deaths,
     * then the next commune's), so that one command at a time in this order is comparable.
     */
    private static List<Object> aDayOfCommands(String commune, String nextCommune) {
        long base = ThreadLocalRandom.current().nextLong();
        var first = aTypicalDeclaration().ofAnotherChild().inCommune(commune).inDossier(new UUID(base, 1));
        RegisterBirth firstMessage = first.message();
        RegisterBirth replay = first.message();
        RegisterBirth second = aTypicalDeclaration().ofAnotherChild().inCommune(commune)
                .inDossier(new UUID(base, 2)).message();
        RegisterBirth unseenHomeBirth = aTypicalDeclaration().ofAnotherChild().inCommune(commune).bornOutsideAFacility()
                .inDossier(new UUID(base, 3)).message();
        RegisterBirth sameBirth = first.inDossier(new UUID(base, 4)).withChildIdNumber(anotherChildIdNumber()).message();
        RegisterBirth sameChildIdNumber = aTypicalDeclaration().ofAnotherChild().inCommune(commune)
                .withChildIdNumber(firstMessage.personalIdNumber()).inDossier(new UUID(base, 5)).message();
        RegisterBirth twin = aTypicalDeclaration().ofAnotherChild().inCommune(commune)
                .withMotherIdNumber(firstMessage.mother().personalIdNumber()).withChildName("Điểu Thị Hồng")
                .inDossier(new UUID(base, 6)).message();
        RegisterBirth third = aTypicalDeclaration().ofAnotherChild().inCommune(commune)
                .inDossier(new UUID(base, 7)).message();
        RegisterDeath death = aTypicalDeath().ofAnotherPerson().inCommune(commune).message();
        RegisterBirth elsewhere = aTypicalDeclaration().ofAnotherChild().inCommune(nextCommune)
                .inDossier(new UUID(base, 8)).message();
        return List.of(firstMessage, replay, firstMessage, second, unseenHomeBirth, sameBirth, sameChildIdNumber, twin,
                third, death, elsewhere);
    }

    private static String anotherChildIdNumber() {
        return aTypicalDeclaration().ofAnotherChild().childIdNumber();
    }

    private static List<Object> births(int count, List<String> communes) {
        long base = ThreadLocalRandom.current().nextLong();
        return IntStream.range(0, count).<Object>mapToObj(n -> aTypicalDeclaration().ofAnotherChild()
                .inCommune(communes.get(n % communes.size())).inDossier(new UUID(base, n)).message()).toList();
    }

    /** Two communes whose registers no other test writes in, in code order. */
    private static List<String> twoNewCommunes() {
        String one = aTypicalDeclaration().inANewCommune().commune();
        String other = aTypicalDeclaration().inANewCommune().commune();
        return one.compareTo(other) < 0 ? List.of(one, other) : List.of(other, one);
    }

    /** Each command's stored answer, its communes named A and B so that two runs compare. */
    private List<String> answers(List<Object> commands, List<String> communes) {
        List<String> answers = new ArrayList<>();
        for (Object command : commands) {
            UUID commandId = command instanceof RegisterBirth birth ? birth.commandId()
                    : ((RegisterDeath) command).commandId();
            answers.add(describe(reply(commandId)).replace(communes.get(0), "A").replace(communes.get(1), "B"));
        }
        return answers;
    }

    private static String describe(Object reply) {
        if (reply instanceof BirthRegistered registered) {
            return "registered %s %d %s".formatted(registered.registerVolume(), registered.entryNumber(),
                    registered.birthCertificateNumber());
        }
        if (reply instanceof DeathRegistered registered) {
            return "death registered %s %d %s".formatted(registered.registerVolume(), registered.entryNumber(),
                    registered.deathExtractNumber());
        }
        return "rejected " + ((BirthRegistrationRejected) reply).reasons().stream()
                .map(reason -> reason.code() + " " + reason.field()).toList();
    }

    /** The reply stored for the command, as sent on {@link CivilRegistryTopics#REPLIES}. */
    private Object reply(UUID commandId) {
        return jdbc.sql("select reply_type, reply_payload from processed_command where command_id = ?")
                .param(commandId)
                .query((row, n) -> codec.decode(row.getBytes(2), MessageTypes.forName(row.getString(1)).orElseThrow()))
                .single();
    }

    private Message<List<byte[]>> batch(List<Object> commands) {
        List<byte[]> payloads = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (Object command : commands) {
            UUID dossierId = command instanceof RegisterBirth birth ? birth.dossierId()
                    : ((RegisterDeath) command).dossierId();
            payloads.add(codec.encode(command));
            keys.add(dossierId.toString().getBytes(StandardCharsets.UTF_8));
            headers.add(Map.of(MessageHeaders.MESSAGE_TYPE,
                    MessageTypes.nameOf(command.getClass()).getBytes(StandardCharsets.UTF_8)));
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build();
    }
}
