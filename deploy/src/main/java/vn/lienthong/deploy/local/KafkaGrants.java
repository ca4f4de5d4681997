package vn.lienthong.deploy.local;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.lienthong.contracts.civilregistry.CivilRegistryTopics;
import vn.lienthong.contracts.dossier.DossierTopics;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceTopics;
import vn.lienthong.contracts.residence.ResidenceTopics;

/**
 * What each service's Kafka user may do: the topics it reads, those it writes, and the consumer
 * groups it joins. Nothing else is allowed to it (docs/security.md, "Kafka", has the same table).
 */
public final class KafkaGrants {

    /** The suffix of a dead-letter topic, as contracts/messaging's dead-letter routing names them. */
    static final String DEAD_LETTER = ".dlt";

    /** One service's rights; {@code user} is also its module name. */
    public record Grant(String user, Set<String> reads, Set<String> writes, Set<String> groups) {

        public Grant {
            reads = Set.copyOf(reads);
            writes = Set.copyOf(writes);
            groups = Set.copyOf(groups);
        }
    }

    private static final List<String> COMMANDS =
            List.of(CivilRegistryTopics.COMMANDS, ResidenceTopics.COMMANDS, HealthInsuranceTopics.COMMANDS);
    private static final List<String> REPLIES =
            List.of(CivilRegistryTopics.REPLIES, ResidenceTopics.REPLIES, HealthInsuranceTopics.REPLIES);

    /**
     * The orchestrator reads the agencies' replies and the command dead letters (as a consumer, and
     * in the ops API with the reply dead letters); it writes the commands and the status changes
     * (its outbox), the reply dead letters and the command dead letters' own dead letters (its
     * consumers' dead-letter routing), and the replies (a redriven reply dead letter goes back there).
     */
    static final Grant ORCHESTRATOR = new Grant(Service.ORCHESTRATOR.moduleName(),
            set(REPLIES.stream(), deadLetters(COMMANDS), deadLetters(REPLIES)),
            set(COMMANDS.stream(), Stream.of(DossierTopics.STATUS_CHANGES), REPLIES.stream(), deadLetters(REPLIES),
                    deadLetters(deadLetters(COMMANDS).toList())),
            Set.of(Service.ORCHESTRATOR.moduleName()));

    /** An agency reads its commands and writes its replies (its outbox) and its commands' dead letters. */
    private static Grant agency(Service service, String commands, String replies, String commandsDeadLetter) {
        return new Grant(service.moduleName(), Set.of(commands), Set.of(replies, commandsDeadLetter),
                Set.of(service.moduleName()));
    }

    /** Every service that uses Kafka, each with its own user. */
    public static final List<Grant> SERVICES = List.of(ORCHESTRATOR,
            agency(Service.CIVIL_REGISTRY, CivilRegistryTopics.COMMANDS, CivilRegistryTopics.REPLIES,
                    CivilRegistryTopics.COMMANDS_DEAD_LETTER),
            agency(Service.RESIDENCE, ResidenceTopics.COMMANDS, ResidenceTopics.REPLIES,
                    ResidenceTopics.COMMANDS_DEAD_LETTER),
            agency(Service.HEALTH_INSURANCE, HealthInsuranceTopics.COMMANDS, HealthInsuranceTopics.REPLIES,
                    HealthInsuranceTopics.COMMANDS_DEAD_LETTER));

    private KafkaGrants() {
    }

    /** Every topic of the system: created up front, so no service needs the right to create one. */
    public static Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        SERVICES.forEach(grant -> {
            topics.addAll(grant.reads());
            topics.addAll(grant.writes());
        });
        return topics;
    }

    /** The grant of {@code service}, if it uses Kafka (the population database and the identity provider do not). */
    public static Optional<Grant> of(Service service) {
        return SERVICES.stream().filter(grant -> grant.user().equals(service.moduleName())).findFirst();
    }

    private static Stream<String> deadLetters(List<String> topics) {
        return topics.stream().map(topic -> topic + DEAD_LETTER);
    }

    @SafeVarargs
    private static Set<String> set(Stream<String>... topics) {
        return Stream.of(topics).flatMap(stream -> stream).collect(Collectors.toSet());
    }
}
