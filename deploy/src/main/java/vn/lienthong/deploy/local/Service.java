package vn.lienthong.deploy.local;

import java.util.List;
import java.util.Optional;

/**
 * The services: module name, database (also the name of the service's database role; none for the
 * console), and port in the local run. The identity provider comes first; the others need its
 * tokens.
 */
public enum Service {
    IDENTITY("identity-service", "identity", 8085),
    ID_NUMBER("id-number-service", "id_number", 8081),
    CIVIL_REGISTRY("civil-registry-service", "civil_registry", 8082),
    RESIDENCE("residence-service", "residence", 8083),
    HEALTH_INSURANCE("health-insurance-service", "health_insurance", 8084),
    ORCHESTRATOR("orchestrator-service", "orchestrator", 8080),
    /** The officers' and ops staff's web console: no database, it calls the orchestrator's API. */
    CONSOLE("console", null, 8090);

    private final String moduleName;
    private final String database;
    private final int localPort;

    Service(String moduleName, String database, int localPort) {
        this.moduleName = moduleName;
        this.database = database;
        this.localPort = localPort;
    }

    public String moduleName() {
        return moduleName;
    }

    /** The service's database, also its role's name; null for a service without one. */
    public String database() {
        return database;
    }

    public boolean hasDatabase() {
        return database != null;
    }

    public int localPort() {
        return localPort;
    }

    /** The service built by the module of that name, if there is one. */
    public static Optional<Service> ofModule(String moduleName) {
        return List.of(values()).stream().filter(service -> service.moduleName.equals(moduleName)).findFirst();
    }

    public static List<String> databases() {
        return List.of(values()).stream().filter(Service::hasDatabase).map(Service::database).toList();
    }
}
