package vn.lienthong.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Kafka messages written, consumer offsets committed and PostgreSQL write transactions,
 * system-wide, at a moment.
 */
final class CostCounter {

    /** {@code offsetCommits}: records in {@code __consumer_offsets}, one per partition committed; -1 when unreadable. */
    record Reading(long messages, long offsetCommits, long commits) {
    }

    private static final String CONSUMER_OFFSETS = "__consumer_offsets";

    private final Map<String, Object> kafka;
    private final String jdbcUrl;
    private final String user;

    /** {@code kafka}: client settings of a user that may see every topic (the admin). */
    CostCounter(Map<String, Object> kafka, String jdbcUrl, String user) {
        this.kafka = Map.copyOf(kafka);
        this.jdbcUrl = jdbcUrl;
        this.user = user;
    }

    Reading read() throws Exception {
        try (var admin = AdminClient.create(kafka)) {
            Set<String> topics = admin.listTopics().names().get().stream()
                    .filter(topic -> !topic.startsWith("bench.") && !topic.startsWith("__"))
                    .collect(Collectors.toSet());
            return new Reading(endOffsets(admin, topics), offsetCommits(admin), commits());
        }
    }

    /** What consumers committed: the end offsets of Kafka's own topic of committed offsets. */
    private static long offsetCommits(AdminClient admin) {
        try {
            return endOffsets(admin, Set.of(CONSUMER_OFFSETS));
        } catch (Exception e) {
            return -1;
        }
    }

    /** Sum of the end offsets of {@code topics}. */
    private static long endOffsets(AdminClient admin, Set<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(description -> description.partitions().stream()
                        .map(partition -> new TopicPartition(description.name(), partition.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        ListOffsetsResult offsets = admin.listOffsets(latest);
        return offsets.all().get().values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
    }

    /**
     * Write transactions the server has started, in every database: the next transaction id, read
     * without taking one. Read-only transactions get no id and flush nothing, so they are left out.
     */
    private long commits() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             var result = connection.createStatement().executeQuery(
                     "select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            result.next();
            return result.getLong(1);
        }
    }
}
