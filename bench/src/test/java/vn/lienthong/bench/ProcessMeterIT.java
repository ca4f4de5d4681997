package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lienthong.deploy.local.SharedInfrastructure;

class ProcessMeterIT {

    @Test
    void postgresCpuIsCountedFromTheSystemsPostmasterAndItsBackends() throws Exception {
        var postgres = SharedInfrastructure.postgres();
        String url = postgres.jdbcUrl("postgres");
        long postmaster = ProcessMeter.postmasterOf(url, postgres.username());

        assertThat(Files.readString(Path.of("/proc", Long.toString(postmaster), "comm")).strip()).isEqualTo("postgres");
        var meter = new ProcessMeter(Map.of(ProcessMeter.POSTGRES, postmaster));
        meter.start();
        try (var connection = DriverManager.getConnection(url, postgres.username(), "");
             var statement = connection.createStatement()) {
            // A second of work in a backend of this postmaster.
            statement.execute("select count(*) from generate_series(1, 20000000)");
        }
        List<ProcessMeter.Usage> usage = meter.stop();

        assertThat(usage).singleElement().satisfies(postgresUsage -> {
            assertThat(postgresUsage.name()).isEqualTo(ProcessMeter.POSTGRES);
            assertThat(postgresUsage.cpuSeconds()).isGreaterThan(0.3);
        });
    }
}
