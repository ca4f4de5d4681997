package vn.lienthong.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.systemtests.Dossiers.aTypicalDossier;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

import tools.jackson.databind.JsonNode;
import vn.lienthong.deploy.local.IdentityClient;
import vn.lienthong.deploy.local.LocalSecrets;
import vn.lienthong.deploy.local.PortalConsole;
import vn.lienthong.deploy.local.Service;

/**
 * The system as an operator deploys it: every service from its container image (non-root, read-only
 * root file system with a tmpfs on /tmp, the image's own JVM settings and health check), against
 * PostgreSQL and Kafka in containers; dossiers submitted through the portal API with the portal's
 * token from the identity provider's container, and checked to complete.
 *
 * <p>Containers use the host's network (the machines this runs on have no bridge network), so
 * each listens on 127.0.0.1 at a free port this test picks. Without a container engine the test
 * fails, naming how to start one; {@code -Dlienthong.containers=skip-without-docker} makes it skip
 * instead, for a developer's machine without one (docs/operations.md, "Container images").
 */
@Order(SuiteOrder.OWN_SYSTEM)
class ContainersEndToEndIT {

    private static final int DOSSIERS = 8;
    private static final String SUPERUSER_PASSWORD = "container-test-superuser";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final List<GenericContainer<?>> started = new ArrayList<>();
    private static final Map<Service, GenericContainer<?>> services = new EnumMap<>(Service.class);
    private static final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private static LocalSecrets secrets;
    private static int postgresPort;

    @BeforeAll
    static void startTheSystemFromItsImages() throws Exception {
        requireContainerEngine();
        RunningSystem.makeRoomForOwnSystem();
        ContainerImages images = ContainerImages.fromSystemProperties();
        secrets = LocalSecrets.in(Files.createTempDirectory("container-secrets-"));

        postgresPort = freePort();
        int kafkaPort = freePort();
        int controllerPort = freePort();
        GenericContainer<?> postgres = container(images.postgres())
                .withEnv("POSTGRES_PASSWORD", SUPERUSER_PASSWORD)
                .withCommand("postgres", "-p", Integer.toString(postgresPort));
        GenericContainer<?> kafka = container(images.kafka()).withEnv(kafkaSettings(kafkaPort, controllerPort));
        startAndRecord(postgres);
        startAndRecord(kafka);
        await("PostgreSQL").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> { superuser().close(); return true; });
        awaitKafka("127.0.0.1:" + kafkaPort);
        createServiceDatabases();

        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        for (Service service : Service.values()) {
            GenericContainer<?> container = serviceContainer(images, service, "127.0.0.1:" + kafkaPort);
            services.put(service, container);
            startAndRecord(container);
        }
        for (Service service : Service.values()) {
            awaitReady(service);
        }
    }

    @AfterAll
    static void stopContainers() {
        // The reaper is off on these machines (its image cannot be pulled): stop what was started.
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop();
        }
    }

    @Test
    void dossiersSubmittedThroughThePortalApiCompleteOnTheServicesImages() {
        PortalConsole portal = new PortalConsole(url(Service.ORCHESTRATOR),
                identity().client("national-portal", "dossiers.submit dossiers.read"));
        List<String> dossierIds = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            PortalConsole.Answer answer = portal.submit(aTypicalDossier().json());
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(202);
            dossierIds.add(answer.body().get("dossierId").asString());
        }

        Set<String> idNumbers = new HashSet<>();
        for (String dossierId : dossierIds) {
            JsonNode dossier = Dossiers.awaitDone(portal, dossierId, Duration.ofMinutes(2));
            assertThat(dossier.get("status").asString()).as("%s", dossier).isEqualTo("COMPLETED");
            idNumbers.add(dossier.at("/results/personalIdNumber").asString());
            assertThat(dossier.at("/results/personalIdNumber").asString()).matches("\\d{12}");
            assertThat(dossier.at("/results/birthRegistration/birthCertificateNumber").asString()).startsWith("KS-");
            assertThat(dossier.at("/results/healthInsuranceCard/validFrom").isMissingNode()).isFalse();
        }
        assertThat(idNumbers).as("one personal ID number per child").hasSize(DOSSIERS);
    }

    @Test
    void everyServiceContainerIsHealthyByItsImagesOwnCheck() {
        // The HEALTHCHECK of deploy/images/service/Dockerfile, run by the engine inside the container.
        for (Service service : Service.values()) {
            GenericContainer<?> container = services.get(service);
            await(service + " healthy").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "healthy".equals(health(container)));
            var config = container.getContainerInfo().getConfig();
            var host = container.getContainerInfo().getHostConfig();
            assertThat(config.getUser()).as("%s runs as a user of no privilege", service).isEqualTo("10001:10001");
            assertThat(host.getReadonlyRootfs()).as("%s with a read-only root file system", service).isTrue();
        }
    }

    private static String health(GenericContainer<?> container) {
        var state = DockerClientFactory.instance().client().inspectContainerCmd(container.getContainerId()).exec().getState();
        return state.getHealth() == null ? "none" : state.getHealth().getStatus();
    }

    private static void requireContainerEngine() {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        if (available) {
            return;
        }
        String why = "No container engine answers. Start one and build the images with deploy/images/build-images.sh"
                + " (it installs and starts dockerd when missing; see docs/operations.md)";
        if ("skip-without-docker".equals(System.getProperty("lienthong.containers"))) {
            Assumptions.abort(why + "; skipped because -Dlienthong.containers=skip-without-docker was given.");
        }
        fail(why + ", or pass -Dlienthong.containers=skip-without-docker to skip this test on purpose.");
    }

    private static GenericContainer<?> container(String image) {
        return new GenericContainer<>(DockerImageName.parse(image))
                .withNetworkMode("host")
                // Images are built on this machine or pulled beforehand; never pulled by the test.
                .withImagePullPolicy(name -> false);
    }

    private static void startAndRecord(GenericContainer<?> container) {
        started.add(container);
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("container " + container.getDockerImageName() + " did not start: "
                    + "are the images built (deploy/images/build-images.sh)?", e);
        }
    }

    /** One broker and controller, configured as the official image is: KAFKA_* become server properties. */
    private static Map<String, String> kafkaSettings(int port, int controllerPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("CLUSTER_ID", "5L6g3nShT-eMCtK--X86sw");
        settings.put("KAFKA_NODE_ID", "1");
        settings.put("KAFKA_PROCESS_ROLES", "broker,controller");
        settings.put("KAFKA_LISTENERS", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER");
        settings.put("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@127.0.0.1:" + controllerPort);
        settings.put("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT");
        settings.put("KAFKA_NUM_PARTITIONS", "6");
        settings.put("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1");
        settings.put("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");
        settings.put("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
        settings.put("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1");
        settings.put("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
        settings.put("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        settings.put("KAFKA_HEAP_OPTS", "-Xms128m -Xmx384m");
        return settings;
    }

    private static void awaitKafka(String bootstrapServers) {
        await("Kafka").atMost(START_TIMEOUT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
            }
        });
    }

    /** Each service's own database and role, as an operator sets them up (docs/operations.md). */
    private static void createServiceDatabases() throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            for (String database : Service.databases()) {
                String password = secrets.databasePassword(database).replace("'", "''");
                statement.execute("create role " + database + " login password '" + password + "'");
                statement.execute("create database " + database + " owner " + database);
                statement.execute("revoke all on database " + database + " from public");
            }
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres", "postgres",
                SUPERUSER_PASSWORD);
    }

    private static GenericContainer<?> serviceContainer(ContainerImages images, Service service, String kafkaServers) {
        String issuer = url(Service.IDENTITY);
        List<String> arguments = new ArrayList<>();
        Map<String, String> environment = new HashMap<>();
        // The image listens on every address; with the host's network, only on loopback here.
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        environment.put("SERVER_PORT", Integer.toString(ports.get(service)));
        if (service == Service.CONSOLE) {
            arguments.add("--spring.security.oauth2.client.provider.lienthong.issuer-uri=" + issuer);
            arguments.add("--lienthong.console.orchestrator-url=" + url(Service.ORCHESTRATOR));
            environment.put("CONSOLE_CLIENT_SECRET", secrets.clientSecret("console"));
        } else {
            arguments.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + service.database());
            arguments.add("--spring.datasource.username=" + service.database());
            arguments.add("--spring.kafka.bootstrap-servers=" + kafkaServers);
            arguments.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
            environment.put("SPRING_DATASOURCE_PASSWORD", secrets.databasePassword(service.database()));
        }
        if (service == Service.IDENTITY) {
            arguments.add("--lienthong.identity.issuer=" + issuer);
            arguments.add("--lienthong.identity.console-redirect-uri=" + consoleRedirectUri());
            environment.put("LIENTHONG_DEMO_PASSWORD", secrets.demoPassword());
            environment.put("NATIONAL_PORTAL_CLIENT_SECRET", secrets.clientSecret("national-portal"));
            environment.put("ORCHESTRATOR_SERVICE_CLIENT_SECRET", secrets.clientSecret("orchestrator-service"));
            environment.put("METRICS_SCRAPER_CLIENT_SECRET", secrets.clientSecret("metrics-scraper"));
            environment.put("CONSOLE_CLIENT_SECRET", secrets.clientSecret("console"));
        }
        if (service == Service.ORCHESTRATOR) {
            arguments.add("--lienthong.procedure.population-database-url=" + url(Service.ID_NUMBER));
            arguments.add("--lienthong.service-client.token-uri=" + issuer + "/oauth2/token");
            environment.put("LIENTHONG_SERVICECLIENT_CLIENTSECRET", secrets.clientSecret("orchestrator-service"));
        }
        return container(images.service(service.moduleName()))
                .withEnv(environment)
                .withCommand(arguments.toArray(String[]::new))
                // As docs/operations.md asks: nothing in the image is writable, /tmp is memory.
                .withTmpFs(Map.of("/tmp", "rw,size=64m"))
                .withCreateContainerCmdModifier(command -> command.getHostConfig().withReadonlyRootfs(true));
    }

    private static void awaitReady(Service service) {
        GenericContainer<?> container = services.get(service);
        try {
            await(service + " ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!container.isRunning()) {
                    throw new IllegalStateException(service + " exited");
                }
                return ready(url(service));
            });
        } catch (RuntimeException e) {
            String log = container.getLogs();
            throw new IllegalStateException(service + " did not become ready; last of its log:\n"
                    + log.substring(Math.max(0, log.length() - 4000)), e);
        }
    }

    private static boolean ready(String baseUrl) {
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static IdentityClient identity() {
        return new IdentityClient(url(Service.IDENTITY), consoleRedirectUri(), secrets);
    }

    private static String consoleRedirectUri() {
        return url(Service.CONSOLE) + "/login/oauth2/code/lienthong";
    }

    private static String url(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
