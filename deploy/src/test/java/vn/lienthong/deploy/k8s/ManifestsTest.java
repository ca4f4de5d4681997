package vn.lienthong.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienthong.deploy.local.KafkaGrants;

/**
 * Renders each overlay of deploy/k8s and checks what a cluster would refuse or an operator would
 * regret: every resource against its kind's schema (Kubernetes and the operators' CRDs), and the
 * promises the manifests make (topics and Kafka rights as the local run has them, probes, budgets,
 * secrets only by reference, the agencies reachable only from the orchestrator). No cluster is
 * reached: this is the manifests' only check before they are applied.
 */
class ManifestsTest {

    static final Path K8S = Path.of("k8s");
    static final List<String> SERVICES = List.of("identity-service", "id-number-service", "civil-registry-service",
            "residence-service", "health-insurance-service", "orchestrator-service", "console");
    static final List<String> AGENCY_PODS =
            List.of("civil-registry-service", "residence-service", "health-insurance-service", "id-number-service");
    /** Secrets the operators write (Strimzi: the users and the cluster CA; CloudNativePG: <cluster>-app) or ops create. */
    static final String CLIENT_SECRETS = "lienthong-client-secrets";

    final ManifestSchemas schemas = new ManifestSchemas(K8S.resolve("schemas"));

    static List<ObjectNode> render(String overlay) {
        return Kustomization.render(K8S.resolve("overlays").resolve(overlay));
    }

    static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(resource -> Kustomization.kind(resource).equals(kind)).toList();
    }

    static ObjectNode named(List<ObjectNode> resources, String kind, String name) {
        return ofKind(resources, kind).stream().filter(resource -> Kustomization.name(resource).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void everyResourceIsValidForItsKind(String overlay) {
        var resources = render(overlay);
        assertThat(resources).hasSizeGreaterThan(50);
        Map<String, List<String>> problems = new HashMap<>();
        for (ObjectNode resource : resources) {
            var found = schemas.problems(resource);
            if (!found.isEmpty()) {
                problems.put(Kustomization.kind(resource) + "/" + Kustomization.name(resource), found);
            }
        }
        assertThat(problems).isEmpty();
        var identities = resources.stream().map(r -> Kustomization.kind(r) + "/" + Kustomization.name(r)).toList();
        assertThat(new HashSet<>(identities)).hasSameSizeAs(identities);
        assertThat(resources).allSatisfy(resource -> {
            if (!Kustomization.kind(resource).equals("Namespace")) {
                assertThat(resource.path("metadata").path("namespace").asString()).isEqualTo("lienthong");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void topicsAreTheSystemsWithThePlannedPartitionsAndDurability(String overlay) {
        var topics = ofKind(render(overlay), "KafkaTopic");
        assertThat(topics.stream().map(topic -> topic.at("/spec/topicName").asString()).collect(Collectors.toSet()))
                .isEqualTo(KafkaGrants.topics());
        int flowPartitions = overlay.equals("national") ? 96 : 48;
        assertThat(topics).allSatisfy(topic -> {
            String name = topic.at("/spec/topicName").asString();
            assertThat(topic.at("/spec/partitions").asInt()).as(name)
                    .isEqualTo(name.endsWith(".dlt") ? 6 : flowPartitions);
            assertThat(topic.at("/spec/replicas").asInt()).as(name).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).as(name).isEqualTo(2);
        });
        var kafka = named(render(overlay), "Kafka", "lienthong");
        assertThat(kafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafka.at("/spec/kafka/config/default.replication.factor").asInt()).isEqualTo(3);
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void eachServiceHasExactlyTheKafkaRightsOfTheLocalRun(String overlay) {
        var users = ofKind(render(overlay), "KafkaUser");
        for (KafkaGrants.Grant grant : KafkaGrants.SERVICES) {
            var user = named(users, "KafkaUser", grant.user());
            assertThat(user.at("/spec/authentication/type").asString()).isEqualTo("scram-sha-512");
            Set<String> acls = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                for (JsonNode operation : acl.get("operations")) {
                    acls.add(acl.at("/resource/type").asString() + ":" + acl.at("/resource/name").asString("") + ":"
                            + operation.asString());
                }
            }
            Set<String> expected = new TreeSet<>();
            grant.reads().forEach(topic -> expected.add("topic:" + topic + ":Read"));
            grant.writes().forEach(topic -> expected.add("topic:" + topic + ":Write"));
            grant.groups().forEach(group -> expected.add("group:" + group + ":Read"));
            expected.add("cluster::IdempotentWrite");
            assertThat(acls).as(grant.user()).isEqualTo(expected);
        }
        var keda = named(users, "KafkaUser", "keda");
        assertThat(keda.at("/spec/authorization/acls").valueStream()
                .flatMap(acl -> acl.get("operations").valueStream()).map(JsonNode::asString).distinct())
                .containsExactly("Describe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void everyServiceRunsWithProbesResourcesABudgetAndAService(String overlay) {
        var resources = render(overlay);
        for (String service : SERVICES) {
            var deployment = named(resources, "Deployment", service);
            var container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).as(service).isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).as(service).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).as(service).isFalse();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(container.at("/image").asString()).startsWith("registry." + overlay + ".example/lienthong/" + service + ":");
            var selector = deployment.at("/spec/selector/matchLabels");
            assertThat(named(resources, "PodDisruptionBudget", service).at("/spec/selector/matchLabels")).isEqualTo(selector);
            assertThat(named(resources, "Service", service).at("/spec/selector")).isEqualTo(selector);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void secretsAreOnlyReferencedAndEveryReferenceResolves(String overlay) {
        var resources = render(overlay);
        assertThat(ofKind(resources, "Secret")).isEmpty();
        Set<String> secrets = new HashSet<>(Set.of(CLIENT_SECRETS, "lienthong-cluster-ca-cert"));
        ofKind(resources, "KafkaUser").forEach(user -> secrets.add(Kustomization.name(user)));
        ofKind(resources, "Cluster").forEach(cluster -> secrets.add(Kustomization.name(cluster) + "-app"));
        Set<String> configMaps = ofKind(resources, "ConfigMap").stream().map(Kustomization::name).collect(Collectors.toSet());
        for (ObjectNode resource : resources) {
            references(resource, "secretKeyRef").forEach(name -> assertThat(secrets).as(Kustomization.name(resource)).contains(name));
            references(resource, "secretName").forEach(name -> assertThat(secrets).contains(name));
            references(resource, "configMapKeyRef").forEach(name -> assertThat(configMaps).contains(name));
        }
        for (ObjectNode auth : ofKind(resources, "TriggerAuthentication")) {
            auth.at("/spec/secretTargetRef").forEach(ref -> assertThat(secrets).contains(ref.get("name").asString()));
            auth.at("/spec/configMapTargetRef").forEach(ref -> assertThat(configMaps).contains(ref.get("name").asString()));
        }
        // The services that read a Kafka login read their own user's.
        for (ObjectNode deployment : ofKind(resources, "Deployment")) {
            deployment.at("/spec/template/spec/containers/0/env").forEach(variable -> {
                if (variable.get("name").asString().equals("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")) {
                    assertThat(variable.at("/valueFrom/secretKeyRef/name").asString()).isEqualTo(Kustomization.name(deployment));
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void agenciesAreReachableOnlyFromTheOrchestrator(String overlay) {
        var policies = ofKind(render(overlay), "NetworkPolicy");
        var denyAll = named(policies, "NetworkPolicy", "default-deny-ingress");
        assertThat(denyAll.at("/spec/podSelector").isEmpty()).isTrue();
        assertThat(denyAll.at("/spec/ingress").isMissingNode()).isTrue();
        for (String agency : AGENCY_PODS) {
            var selecting = policies.stream().filter(policy -> selects(policy.at("/spec/podSelector"), agency)).toList();
            assertThat(selecting).as(agency).isNotEmpty();
            var peers = selecting.stream().flatMap(policy -> policy.at("/spec/ingress").valueStream())
                    .flatMap(rule -> rule.path("from").valueStream()).toList();
            assertThat(peers).as(agency).isNotEmpty().allSatisfy(peer -> {
                boolean orchestrator = peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asString()
                        .equals("orchestrator-service") && !peer.has("namespaceSelector");
                boolean prometheus = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asString()
                        .equals("monitoring") && peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asString()
                        .equals("prometheus");
                assertThat(orchestrator || prometheus).as(agency + " reachable from " + peer).isTrue();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void autoscalingFollowsTheLagOfTheServicesOwnGroupWithinThePartitions(String overlay) {
        var resources = render(overlay);
        var partitions = ofKind(resources, "KafkaTopic").stream().collect(Collectors.toMap(
                topic -> topic.at("/spec/topicName").asString(), topic -> topic.at("/spec/partitions").asInt()));
        var scaled = ofKind(resources, "ScaledObject");
        assertThat(scaled.stream().map(Kustomization::name)).containsExactlyInAnyOrder(
                "orchestrator-service", "civil-registry-service", "residence-service", "health-insurance-service");
        for (ObjectNode object : scaled) {
            String service = object.at("/spec/scaleTargetRef/name").asString();
            named(resources, "Deployment", service);
            var grant = KafkaGrants.SERVICES.stream().filter(g -> g.user().equals(service)).findFirst().orElseThrow();
            var kafkaTriggers = object.at("/spec/triggers").valueStream()
                    .filter(trigger -> trigger.get("type").asString().equals("kafka")).toList();
            assertThat(kafkaTriggers).isNotEmpty().allSatisfy(trigger -> {
                assertThat(trigger.at("/metadata/consumerGroup").asString()).isIn(grant.groups());
                String topic = trigger.at("/metadata/topic").asString();
                assertThat(grant.reads()).contains(topic);
                assertThat(object.at("/spec/maxReplicaCount").asInt()).isLessThanOrEqualTo(partitions.get(topic));
                assertThat(named(resources, "TriggerAuthentication", trigger.at("/authenticationRef/name").asString()))
                        .isNotNull();
            });
            assertThat(object.at("/spec/minReplicaCount").asInt()).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"province", "national"})
    void everyServiceDatabaseIsAPostgresClusterWithAStandby(String overlay) {
        var clusters = ofKind(render(overlay), "Cluster");
        assertThat(clusters.stream().map(cluster -> cluster.at("/spec/bootstrap/initdb/database").asString()))
                .containsExactlyInAnyOrder("orchestrator", "id_number", "civil_registry", "residence",
                        "health_insurance", "identity");
        assertThat(clusters).allSatisfy(cluster -> assertThat(cluster.at("/spec/instances").asInt()).isGreaterThanOrEqualTo(2));
    }

    @org.junit.jupiter.api.Test
    void theNationalSetupHasDedicatedControllersAndMoreBrokers() {
        var pools = ofKind(render("national"), "KafkaNodePool");
        var controllers = named(pools, "KafkaNodePool", "controllers");
        var brokers = named(pools, "KafkaNodePool", "brokers");
        assertThat(controllers.at("/spec/roles").valueStream().map(JsonNode::asString)).containsExactly("controller");
        assertThat(brokers.at("/spec/roles").valueStream().map(JsonNode::asString)).containsExactly("broker");
        assertThat(brokers.at("/spec/replicas").asInt()).isEqualTo(6);
        // The province keeps three combined nodes: a quorum of controllers and three brokers for replication factor 3.
        var province = named(ofKind(render("province"), "KafkaNodePool"), "KafkaNodePool", "brokers");
        assertThat(province.at("/spec/roles").valueStream().map(JsonNode::asString)).containsExactly("controller", "broker");
        assertThat(province.at("/spec/replicas").asInt()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void theSchemasRefuseWhatAClusterWouldRefuse() {
        var deployment = named(render("province"), "Deployment", "orchestrator-service").deepCopy();
        ((ObjectNode) deployment.get("spec")).put("replica", 2);
        assertThat(schemas.problems(deployment)).anySatisfy(problem -> assertThat(problem).contains("replica"));
        var container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.putObject("readinesProbe");
        assertThat(schemas.problems(deployment)).anySatisfy(problem -> assertThat(problem).contains("readinesProbe"));
        var topic = named(render("province"), "KafkaTopic", "residence-commands").deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitions", "many");
        assertThat(schemas.problems(topic)).isNotEmpty();
        var user = named(render("province"), "KafkaUser", "residence-service").deepCopy();
        ((ObjectNode) user.at("/spec/authentication")).put("type", "plain");
        assertThat(schemas.problems(user)).isNotEmpty();
        var unknown = deployment.deepCopy();
        unknown.put("kind", "StatefulSet");
        assertThat(schemas.problems(unknown)).singleElement().asString().contains("no schema");
    }

    private static boolean selects(JsonNode selector, String name) {
        if (selector.at("/matchLabels/app.kubernetes.io~1name").asString("").equals(name)) {
            return true;
        }
        return selector.path("matchExpressions").valueStream().anyMatch(expression ->
                expression.get("key").asString().equals("app.kubernetes.io/name")
                        && expression.get("operator").asString().equals("In")
                        && expression.get("values").valueStream().anyMatch(value -> value.asString().equals(name)));
    }

    /** Every value of a field named {@code key} (a reference's {@code name}, or the value itself) anywhere in the resource. */
    private static Stream<String> references(JsonNode node, String key) {
        if (node.isObject()) {
            return node.properties().stream().flatMap(field -> field.getKey().equals(key)
                    ? Stream.of(field.getValue().isObject() ? field.getValue().path("name").asString() : field.getValue().asString())
                    : references(field.getValue(), key));
        }
        if (node.isArray()) {
            return node.valueStream().flatMap(item -> references(item, key));
        }
        return Stream.empty();
    }
}
