package vn.lienthong.healthinsurance.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import io.micrometer.core.instrument.MeterRegistry;

import vn.lienthong.contracts.MessageHeaders;
import vn.lienthong.contracts.MessageTypes;
import vn.lienthong.contracts.common.Rejection;
import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.healthinsurance.FuneralBeneficiary;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.healthinsurance.PaymentInstruction;
import vn.lienthong.contracts.healthinsurance.commands.AssessFuneralAllowance;
import vn.lienthong.contracts.healthinsurance.commands.IssueChildHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.replies.FuneralAllowanceGranted;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.replies.HealthInsuranceCardRejected;
import vn.lienthong.healthinsurance.adapter.out.persistence.JdbcInsuranceRecords;
import vn.lienthong.healthinsurance.domain.InsuranceRecord;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.healthinsurance.domain.ProvinceCode;
import vn.lienthong.messaging.MessageCodec;
import vn.lienthong.messaging.testing.KafkaProbe;
import vn.lienthong.messaging.testing.StatementRecorder;

/**
 * A poll's commands handled together, as the consumer gets them: the cards, care facilities and
 * province counters are read and locked once for the batch. The outcome must be the one of handling
 * the commands one at a time (the path a failed batch is redone on): the same decisions, the same
 * numbers, no number for a refused child, one card per child. Each test issues at a facility of its
 * own in a province the other tests leave alone, and counts serials from the province's last one.
 */
class CardBatchIT extends RunningHealthInsurance {

    private static final LocalDate APPLIED = LocalDate.of(2026, 11, 22);
    private static final LocalDate NEWBORN = LocalDate.of(2026, 11, 2);
    private static final LocalDate SIX_YEARS_OLD = LocalDate.of(2020, 11, 22);
    private static final Random RANDOM = new Random();

    @Autowired
    @Qualifier("issueChildHealthInsuranceCard")
    Consumer<Message<List<byte[]>>> consumer;

    @Autowired
    MessageCodec codec;

    @Autowired
    JdbcInsuranceRecords records;

    @Autowired
    MeterRegistry meters;

    @Test
    void aBatchDecidesAndNumbersAsOneCommandAtATimeWouldAndARefusedChildTakesNoNumber() {
        List<String> inABatch = decisions(false);
        List<String> oneAtATime = decisions(true);

        assertThat(inABatch).containsExactly(
                "issued +1",
                "rejected [CHILD_NOT_UNDER_SIX]",
                "issued +1",
                "rejected [UNKNOWN_CARE_FACILITY]",
                "issued +2",
                "issued +2",
                "funeral allowance granted");
        assertThat(oneAtATime).isEqualTo(inABatch);
    }

    @Test
    void theStatementsABatchSendsDoNotGrowWithTheBatch() {
        Facility facility = aFacilityInAQuietProvince();
        double fallbacksBefore = fallbacks();
        List<String> small = StatementRecorder.statementsOf(() -> consumer.accept(batch(children(facility.code(), 3))));
        List<String> large = StatementRecorder.statementsOf(() -> consumer.accept(batch(children(facility.code(), 30))));

        assertThat(fallbacks()).isEqualTo(fallbacksBefore);
        // Commands claimed; holders' cards, facilities read; counters made and locked; before commit,
        // replies, cards, counters and the outbox written: nine statements, however many commands.
        assertThat(large).hasSize(small.size()).hasSizeLessThanOrEqualTo(9);
        assertThat(aboutCards(large)).hasSize(6);
        assertThat(jdbc.sql("select count(*) from health_insurance_card where initial_care_facility_code = ?")
                .param(facility.code()).query(Long.class).single()).isEqualTo(33);
        assertThat(lastSerial(facility.code())).isEqualTo(facility.serialBefore() + 33);
    }

    /**
     * The scenario's outcomes, in handling order, with each issued card's serial relative to the
     * province's counter before: two children issued, the first asked for twice in two dossiers, one
     * too old, one naming an unknown facility, one command delivered twice, and a funeral allowance
     * among them. {@code oneAtATime} makes the batch fail on an unreadable record at its end, so the
     * consumer redoes it one command per transaction, without the batch's preparation.
     */
    private List<String> decisions(boolean oneAtATime) {
        Facility quiet = aFacilityInAQuietProvince();
        String facility = quiet.code();
        String firstChild = uniqueIdNumber();
        String secondChild = uniqueIdNumber();
        // Keys in the order of handling: a batch is handled in key order, a redone one in Kafka order.
        List<UUID> dossiers = Stream.generate(UUID::randomUUID).limit(6)
                .sorted(Comparator.comparing(UUID::toString)).toList();
        var duplicate = card(dossiers.get(4), secondChild, NEWBORN, facility);
        List<Object> commands = List.of(
                card(dossiers.get(0), firstChild, NEWBORN, facility),
                card(dossiers.get(1), uniqueIdNumber(), SIX_YEARS_OLD, facility),
                card(dossiers.get(2), firstChild, NEWBORN, "75-012"),
                card(dossiers.get(3), uniqueIdNumber(), NEWBORN, "99-" + UUID.randomUUID()),
                duplicate,
                duplicate,
                funeralAllowance(dossiers.get(5)));
        var batch = batch(commands, oneAtATime);
        double fallbacksBefore = fallbacks();
        if (oneAtATime) {
            assertThatThrownBy(() -> consumer.accept(batch)).hasMessageContaining("UnreadableMessageException");
        } else {
            consumer.accept(batch);
        }
        // The batch was handled in one transaction, or redone one command at a time, as asked.
        assertThat(fallbacks() - fallbacksBefore).isEqualTo(oneAtATime ? 1 : 0);

        List<String> decisions = new ArrayList<>();
        for (int index = 0; index < commands.size(); index++) {
            decisions.add(decision(commands.get(index), index == 5 ? 2 : 1, quiet.serialBefore()));
        }
        assertThat(jdbc.sql("select count(*) from health_insurance_card where holder_personal_id_number = ?")
                .param(firstChild).query(Long.class).single()).isOne();
        assertThat(lastSerial(facility)).isEqualTo(quiet.serialBefore() + 2);
        return decisions;
    }

    private double fallbacks() {
        return meters.counter("lienthong.messaging.batch.fallbacks").count();
    }

    /** What the orchestrator was answered, on the reply topic; a duplicate delivery's second answer. */
    private String decision(Object command, int nth, long serialBefore) {
        if (command instanceof AssessFuneralAllowance allowance) {
            var granted = kafka.awaitOne(HealthInsuranceTopics.REPLIES, allowance.dossierId().toString(),
                    FuneralAllowanceGranted.class);
            return "funeral allowance " + (granted.amountVnd() > 0 ? "granted" : "not granted");
        }
        var card = (IssueChildHealthInsuranceCard) command;
        var replies = kafka.await(HealthInsuranceTopics.REPLIES, card.dossierId().toString(), nth);
        if (nth == 2) {
            assertThat(replies.get(1).value()).isEqualTo(replies.get(0).value());
        }
        var reply = replies.get(nth - 1);
        if (MessageTypes.nameOf(HealthInsuranceCardRejected.class)
                .equals(KafkaProbe.header(reply, MessageHeaders.MESSAGE_TYPE))) {
            return "rejected " + kafka.decode(reply, HealthInsuranceCardRejected.class).reasons().stream()
                    .map(Rejection::code).toList();
        }
        var issued = kafka.decode(reply, HealthInsuranceCardIssued.class);
        var holder = jdbc.sql("select holder_personal_id_number from health_insurance_card where card_number = ?")
                .param(issued.cardNumber()).query(String.class).single();
        assertThat(holder).isEqualTo(card.childPersonalIdNumber());
        return "issued +" + (Long.parseLong(issued.socialInsuranceNumber().substring(2)) - serialBefore);
    }

    /**
     * A care facility of its own in a province the other tests do not issue in (they use 001, 075
     * and 079), and the province's last serial before the test.
     */
    private Facility aFacilityInAQuietProvince() {
        var province = new ProvinceCode(String.format("0%02d", 10 + RANDOM.nextInt(60)));
        String code = province.twoDigits() + "-" + UUID.randomUUID().toString().substring(0, 8);
        facilities.save(new InitialCareFacility(code, "Trạm Y tế thử " + code, province));
        return new Facility(code, lastSerial(code));
    }

    private long lastSerial(String facility) {
        return jdbc.sql("""
                        select coalesce(max(s.last_serial), 0) from care_facility f
                        left join social_insurance_serial s on s.province_code = f.province_code where f.code = ?""")
                .param(facility).query(Long.class).single();
    }

    private record Facility(String code, long serialBefore) {
    }

    private static List<Object> children(String facility, int count) {
        return IntStream.range(0, count)
                .<Object>mapToObj(n -> card(UUID.randomUUID(), uniqueIdNumber(), NEWBORN, facility)).toList();
    }

    private static List<String> aboutCards(List<String> statements) {
        return statements.stream().filter(sql -> sql.contains("health_insurance_card") || sql.contains("care_facility")
                || sql.contains("social_insurance_serial")).toList();
    }

    private static IssueChildHealthInsuranceCard card(UUID dossier, String child, LocalDate born, String facility) {
        return new IssueChildHealthInsuranceCard(UUID.randomUUID(), dossier, child, "Điểu Thị Hoa", Sex.FEMALE, born,
                facility, "25450", APPLIED);
    }

    private AssessFuneralAllowance funeralAllowance(UUID dossier) {
        String person = uniqueIdNumber();
        records.save(new InsuranceRecord(new PersonalIdNumber(person), 20, 0, null, null, null));
        return new AssessFuneralAllowance(UUID.randomUUID(), dossier, person, "Điểu Văn Brơi",
                LocalDate.of(1960, 5, 14), LocalDate.of(2026, 11, 18), "ILLNESS", false, "KT-25450-2026-000017",
                new FuneralBeneficiary("Điểu Văn Tuấn", "070097005566", "CHILD"),
                new PaymentInstruction("BANK_ACCOUNT", "VBA", "5400205123456", "Điểu Văn Tuấn"), true, null, APPLIED);
    }

    private Message<List<byte[]>> batch(List<Object> commands) {
        return batch(commands, false);
    }

    /** The commands as one poll returns them, keyed by dossier; optionally an unreadable record last. */
    private Message<List<byte[]>> batch(List<Object> commands, boolean endingUnreadable) {
        List<byte[]> payloads = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (Object command : commands) {
            payloads.add(codec.encode(command));
            UUID dossier = command instanceof AssessFuneralAllowance allowance ? allowance.dossierId()
                    : ((IssueChildHealthInsuranceCard) command).dossierId();
            keys.add(dossier.toString().getBytes(StandardCharsets.UTF_8));
            headers.add(Map.of(MessageHeaders.MESSAGE_TYPE,
                    MessageTypes.nameOf(command.getClass()).getBytes(StandardCharsets.UTF_8)));
        }
        if (endingUnreadable) {
            payloads.add("[]".getBytes(StandardCharsets.UTF_8));
            keys.add(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            headers.add(Map.of(MessageHeaders.MESSAGE_TYPE,
                    MessageTypes.nameOf(IssueChildHealthInsuranceCard.class).getBytes(StandardCharsets.UTF_8)));
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build();
    }
}
