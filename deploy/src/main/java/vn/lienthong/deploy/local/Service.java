package vn.lienthong.deploy.local;

import java.util.List;

/** The five services: module name, database, and port in the local run. */
public enum Service {
    ID_NUMBER("id-number-service", "id_number", 8081),
    CIVIL_REGISTRY("civil-registry-service", "civil_registry", 8082),
    RESIDENCE("residence-service", "residence", 8083),
    HEALTH_INSURANCE("health-insurance-service", "health_insurance", 8084),
    ORCHESTRATOR("orchestrator-service", "orchestrator", 8080);

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

    public String database() {
        return database;
    }

    public int localPort() {
        return localPort;
    }

    public static List<String> databases() {
        return List.of(values()).stream().map(Service::database).toList();
    }
}
