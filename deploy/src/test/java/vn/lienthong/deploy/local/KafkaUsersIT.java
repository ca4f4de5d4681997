package vn.lienthong.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each service logs in to Kafka as its own user and may read and write only its own topics, in
 * its own consumer group: a real broker with SASL/SCRAM-SHA-512 and ACLs, provisioned as the local
 * run does it.
 */
class KafkaUsersIT {

    private static final String CIVIL_REGISTRY = "civil-registry-service";
    private static final String ORCHESTRATOR = "orchestrator-service";
    private static final LocalKafka.Credentials BROKER = new LocalKafka.Credentials("admin-pw-1", "controller-pw-1");

    private static LocalKafka kafka;
    private static Map<String, String> passwords;

    @TempDir
    Path directory;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.startTemporary(LocalSystem.KAFKA_PARTITIONS, BROKER);
        passwords = passwords("1");
        KafkaUsers.provision(kafka.adminProperties(), LocalSystem.KAFKA_PARTITIONS, passwords);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void theSystemsTopicsAreCreatedUpFrontWithTheirPartitions() throws Exception {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            var topics = admin.describeTopics(KafkaGrants.topics()).allTopicNames().get(20, TimeUnit.SECONDS);

            assertThat(topics.keySet()).contains("civil-registry.commands", "civil-registry.replies",
                    "civil-registry.commands.dlt", "civil-registry.replies.dlt", "dossier.status-changes");
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6));
        }
    }

    @Test
    void everyServicesCredentialTakesKafkasMinimumOfRounds() throws Exception {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            var credentials = admin.describeUserScramCredentials().all().get(20, TimeUnit.SECONDS);

            // Every login computes the rounds again: on the services' C1-only JVMs 4096 take
            // about 25 ms, and the orchestrator logs in about thirty times as it starts.
            assertThat(passwords.keySet()).allSatisfy(user -> assertThat(credentials.get(user).credentialInfos())
                    .as(user).containsExactly(new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096)));
        }
    }

    @Test
    void anAgencyReadsItsCommandsInItsGroupAndWritesItsReplies() throws Exception {
        produce(kafka.adminProperties(), "civil-registry.commands", "RegisterBirth");

        assertThat(consume(as(CIVIL_REGISTRY), "civil-registry.commands", CIVIL_REGISTRY)).contains("RegisterBirth");
        produce(as(CIVIL_REGISTRY), "civil-registry.replies", "BirthRegistered");
        produce(as(CIVIL_REGISTRY), "civil-registry.commands.dlt", "unreadable RegisterBirth");
        assertThat(consume(kafka.adminProperties(), "civil-registry.replies", "portal-check")).contains("BirthRegistered");
    }

    @Test
    void theOrchestratorSendsCommandsAndReadsRepliesAndEveryDeadLetter() throws Exception {
        produce(as(ORCHESTRATOR), "residence.commands", "RegisterPermanentResidence");
        produce(as(ORCHESTRATOR), "dossier.status-changes", "COMPLETED");
        produce(kafka.adminProperties(), "residence.replies", "PermanentResidenceRegistered");
        produce(kafka.adminProperties(), "health-insurance.replies.dlt", "unreadable reply");

        assertThat(consume(as(ORCHESTRATOR), "residence.replies", ORCHESTRATOR)).contains("PermanentResidenceRegistered");
        assertThat(consume(as(ORCHESTRATOR), "health-insurance.replies.dlt", ORCHESTRATOR)).contains("unreadable reply");
        // A redriven reply dead letter goes back to the agency's replies.
        produce(as(ORCHESTRATOR), "health-insurance.replies", "redriven reply");
    }

    @Test
    void anAgencyCannotReadAnotherAgencysTopic() {
        assertThatThrownBy(() -> consume(as(CIVIL_REGISTRY), "residence.commands", CIVIL_REGISTRY))
                .isInstanceOf(TopicAuthorizationException.class).hasMessageContaining("residence.commands");
        assertThatThrownBy(() -> consume(as(CIVIL_REGISTRY), "dossier.status-changes", CIVIL_REGISTRY))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theOrchestratorCannotReadTheCommandsItSends() {
        assertThatThrownBy(() -> consume(as(ORCHESTRATOR), "civil-registry.commands", ORCHESTRATOR))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void anAgencyCannotWriteATopicItDoesNotOwn() {
        assertThatThrownBy(() -> produce(as(CIVIL_REGISTRY), "civil-registry.commands", "a forged command"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> produce(as(CIVIL_REGISTRY), "residence.replies", "a forged reply"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> produce(as(CIVIL_REGISTRY), "dossier.status-changes", "a forged status"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceCannotCreateATopic() {
        try (Admin admin = Admin.create(as(ORCHESTRATOR))) {
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic("orchestrator.side-channel", 1, (short) 1)))
                    .all().get(20, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThatThrownBy(() -> produce(as(ORCHESTRATOR), "orchestrator.side-channel", "anything"))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void anAgencyCannotJoinAnotherServicesGroup() {
        assertThatThrownBy(() -> consume(as(CIVIL_REGISTRY), "civil-registry.commands", ORCHESTRATOR))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        var wrong = LocalKafka.clientProperties(kafka.bootstrapServers(), CIVIL_REGISTRY, "not-the-password");
        assertThatThrownBy(() -> consume(wrong, "civil-registry.commands", CIVIL_REGISTRY))
                .isInstanceOf(SaslAuthenticationException.class);
        assertThatThrownBy(() -> listTopics(wrong)).hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void aClientWithoutCredentialsGetsNothing() {
        Map<String, Object> anonymous = new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
        anonymous.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        anonymous.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);

        assertThatThrownBy(() -> listTopics(anonymous)).hasRootCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void aKeptLogKeepsTheUsersAndTheirPasswordsFollowTheSecrets() throws Exception {
        Path log = directory.resolve("kafka");
        var before = passwords("before");
        try (LocalKafka kept = LocalKafka.start(6, log, 0, 0, BROKER)) {
            KafkaUsers.provision(kept.adminProperties(), 6, before);
            produce(kept.adminProperties(), "residence.commands", "kept command");
        }
        try (LocalKafka kept = LocalKafka.start(6, log, 0, 0, BROKER)) {
            var residenceBefore = LocalKafka.clientProperties(kept.bootstrapServers(), "residence-service",
                    before.get("residence-service"));
            assertThat(consume(residenceBefore, "residence.commands", "residence-service"))
                    .as("the user and its rights outlive the restart").contains("kept command");

            var after = passwords("after");
            KafkaUsers.provision(kept.adminProperties(), 6, after);

            assertThatThrownBy(() -> listTopics(residenceBefore)).as("the old password")
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
            assertThat(listTopics(LocalKafka.clientProperties(kept.bootstrapServers(), "residence-service",
                    after.get("residence-service")))).as("what the new password sees")
                    .containsExactlyInAnyOrder("residence.commands", "residence.replies", "residence.commands.dlt");
        }
    }

    @Test
    void aRightNoLongerInTheTableIsTakenAway() throws Exception {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            admin.createAcls(List.of(new AclBinding(new ResourcePattern(ResourceType.TOPIC, "residence.commands",
                    PatternType.LITERAL), new AccessControlEntry("User:" + CIVIL_REGISTRY, "*", AclOperation.READ,
                    AclPermissionType.ALLOW)))).all().get(20, TimeUnit.SECONDS);
        }
        awaitVisible(as(CIVIL_REGISTRY), "residence.commands");

        KafkaUsers.provision(kafka.adminProperties(), LocalSystem.KAFKA_PARTITIONS, passwords);

        assertThat(listTopics(as(CIVIL_REGISTRY))).doesNotContain("residence.commands");
    }

    @Test
    void aLogFormattedWithoutUsersGetsItsAdminAndKeepsItsRecords() throws Exception {
        Path log = directory.resolve("open");
        try (LocalKafka open = LocalKafka.start(6, log, 0, 0)) {
            produce(open.adminProperties(), "dossier.status-changes", "from the open broker");
        }
        try (LocalKafka secured = LocalKafka.start(6, log, 0, 0, BROKER)) {
            KafkaUsers.provision(secured.adminProperties(), 6, passwords);

            assertThat(consume(secured.adminProperties(), "dossier.status-changes", "portal-check"))
                    .contains("from the open broker");
            assertThatThrownBy(() -> listTopics(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    secured.bootstrapServers(), AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000)))
                    .as("the same log, no longer open").hasRootCauseInstanceOf(TimeoutException.class);
        }
        var changed = new LocalKafka.Credentials("admin-pw-2", "controller-pw-2");
        try (LocalKafka secured = LocalKafka.start(6, log, 0, 0, changed)) {
            assertThat(listTopics(secured.adminProperties())).as("the admin with a changed password")
                    .contains("dossier.status-changes");
        }
    }

    private static Map<String, String> passwords(String suffix) {
        Map<String, String> passwords = new HashMap<>();
        KafkaGrants.SERVICES.forEach(grant -> passwords.put(grant.user(), grant.user() + "-pw-" + suffix));
        return passwords;
    }

    private static Map<String, Object> as(String user) {
        return LocalKafka.clientProperties(kafka.bootstrapServers(), user, passwords.get(user));
    }

    private static void produce(Map<String, Object> client, String topic, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "dossier-1", value)).get(20, TimeUnit.SECONDS);
        }
    }

    /** What {@code group} reads of {@code topic} from the start, within 20 s; a refusal is thrown. */
    private static List<String> consume(Map<String, Object> client, String topic, String group) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (values.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            consumer.commitSync();
        }
        return values;
    }

    private static java.util.Set<String> listTopics(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            return admin.listTopics().names().get(20, TimeUnit.SECONDS);
        }
    }

    private static void awaitVisible(Map<String, Object> client, String topic) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!listTopics(client).contains(topic)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(topic + " never became visible");
            }
            Thread.sleep(50);
        }
    }
}
