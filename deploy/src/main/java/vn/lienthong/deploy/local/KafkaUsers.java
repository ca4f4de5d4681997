package vn.lienthong.deploy.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Gives each service its own Kafka user, as the admin: the system's topics created up front, a
 * SCRAM-SHA-512 credential per service with its password, and exactly the ACLs of
 * {@link KafkaGrants}. Run on every start, so that passwords follow {@link LocalSecrets} and a
 * kept log's ACLs follow the table: a right no longer in it is taken away.
 */
public final class KafkaUsers {

    /**
     * SCRAM iterations: Kafka's minimum for SCRAM-SHA-512. Every login computes them again, and
     * the services run on the C1 compiler only, where SHA-512 is plain Java: about 25 ms of CPU a
     * login at 4096, twice that at 8192, and a service logs in once for each of its Kafka clients'
     * connections (the orchestrator about thirty times as it starts). More iterations only slow
     * down guessing a password from a stolen credential, and these passwords are 144 random bits
     * ({@link LocalSecrets}), beyond guessing at any count (docs/performance.md, "Kafka logins at
     * start").
     */
    static final int ITERATIONS = 4096;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KafkaUsers() {
    }

    /**
     * @param admin      client settings of the super user ({@link LocalKafka#adminProperties()})
     * @param partitions partitions of each topic (the services' binder asks for at least 6)
     * @param passwords  each service's user to its password; every user of {@link KafkaGrants#SERVICES}
     */
    public static void provision(Map<String, Object> admin, int partitions, Map<String, String> passwords) {
        provision(admin, partitions, (short) 1, passwords);
    }

    /** As {@link #provision(Map, int, Map)}, new topics replicated {@code replicationFactor} times (a cluster). */
    public static void provision(Map<String, Object> admin, int partitions, short replicationFactor,
                                 Map<String, String> passwords) {
        try (Admin client = Admin.create(admin)) {
            createTopics(client, partitions, replicationFactor);
            setPasswords(client, passwords);
            grantExactly(client, bindings(KafkaGrants.SERVICES));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not give each service its own Kafka user", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while giving each service its own Kafka user", e);
        }
    }

    private static void createTopics(Admin client, int partitions, short replicationFactor)
            throws ExecutionException, InterruptedException, TimeoutException {
        var existing = client.describeTopics(client.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        List<NewTopic> missing = KafkaGrants.topics().stream().filter(topic -> !existing.containsKey(topic))
                .map(topic -> new NewTopic(topic, partitions, replicationFactor)).toList();
        if (!missing.isEmpty()) {
            client.createTopics(missing).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        Map<String, NewPartitions> tooFew = existing.values().stream()
                .filter(topic -> KafkaGrants.topics().contains(topic.name()) && topic.partitions().size() < partitions)
                .collect(Collectors.toMap(topic -> topic.name(), topic -> NewPartitions.increaseTo(partitions)));
        if (!tooFew.isEmpty()) {
            client.createPartitions(tooFew).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static void setPasswords(Admin client, Map<String, String> passwords)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<UserScramCredentialAlteration> upsertions = KafkaGrants.SERVICES.stream()
                .<UserScramCredentialAlteration>map(grant -> new UserScramCredentialUpsertion(grant.user(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), password(passwords, grant.user())))
                .toList();
        client.alterUserScramCredentials(upsertions).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        // The controller has them; wait until the broker has too, before any service logs in.
        Set<String> users = KafkaGrants.SERVICES.stream().map(KafkaGrants.Grant::user).collect(Collectors.toSet());
        awaitTrue(() -> client.describeUserScramCredentials().users().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .containsAll(users), "the services' Kafka users");
    }

    private static String password(Map<String, String> passwords, String user) {
        String password = passwords.get(user);
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("no Kafka password for " + user);
        }
        return password;
    }

    /** Adds the missing bindings and removes the services' users' bindings that are not wanted. */
    private static void grantExactly(Admin client, Set<AclBinding> wanted)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> principals = wanted.stream().map(binding -> binding.entry().principal()).collect(Collectors.toSet());
        Collection<AclBinding> existing = client.describeAcls(AclBindingFilter.ANY).values()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        List<AclBindingFilter> unwanted = existing.stream()
                .filter(binding -> principals.contains(binding.entry().principal()) && !wanted.contains(binding))
                .map(AclBinding::toFilter).toList();
        if (!unwanted.isEmpty()) {
            client.deleteAcls(unwanted).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        List<AclBinding> missing = wanted.stream().filter(binding -> !existing.contains(binding)).toList();
        if (!missing.isEmpty()) {
            client.createAcls(missing).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        awaitTrue(() -> {
            Set<AclBinding> now = client.describeAcls(AclBindingFilter.ANY).values().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .stream().filter(binding -> principals.contains(binding.entry().principal()))
                    .collect(Collectors.toSet());
            return now.equals(wanted);
        }, "the services' ACLs");
    }

    /**
     * Read and Write on the topics (each implies Describe), Read on the groups, and IdempotentWrite
     * on the cluster for the idempotent producers of the outbox and the dead-letter routing.
     */
    static Set<AclBinding> bindings(List<KafkaGrants.Grant> grants) {
        Set<AclBinding> bindings = new HashSet<>();
        for (KafkaGrants.Grant grant : grants) {
            String principal = "User:" + grant.user();
            grant.reads().forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, principal, AclOperation.READ)));
            grant.writes().forEach(topic -> bindings.add(allow(ResourceType.TOPIC, topic, principal, AclOperation.WRITE)));
            grant.groups().forEach(group -> bindings.add(allow(ResourceType.GROUP, group, principal, AclOperation.READ)));
            bindings.add(allow(ResourceType.CLUSTER, "kafka-cluster", principal, AclOperation.IDEMPOTENT_WRITE));
        }
        return bindings;
    }

    private static AclBinding allow(ResourceType type, String name, String principal, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    private interface Check {
        boolean holds() throws ExecutionException, InterruptedException, TimeoutException;
    }

    private static void awaitTrue(Check check, String what)
            throws ExecutionException, InterruptedException, TimeoutException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the broker did not take " + what + " within " + TIMEOUT);
            }
            Thread.sleep(50);
        }
    }
}
