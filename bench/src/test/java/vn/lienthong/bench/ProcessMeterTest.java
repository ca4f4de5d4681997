package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessMeterTest {

    @Test
    void aBackendIsKnownByItsDatabase() {
        assertThat(ProcessMeter.postgresKind("postgres: orchestrator orchestrator 127.0.0.1(40122) idle"))
                .isEqualTo("backend orchestrator");
        assertThat(ProcessMeter.postgresKind("postgres: postgres id_number 127.0.0.1(5012) INSERT waiting"))
                .isEqualTo("backend id_number");
        assertThat(ProcessMeter.postgresKind("postgres: postgres residence [local] idle in transaction"))
                .isEqualTo("backend residence");
    }

    @Test
    void aBackgroundProcessIsKnownByItsNameWithDigitsAsN() {
        assertThat(ProcessMeter.postgresKind("postgres: walwriter ")).isEqualTo("walwriter");
        assertThat(ProcessMeter.postgresKind("postgres: io worker 2")).isEqualTo("io worker N");
        assertThat(ProcessMeter.postgresKind("postgres: autovacuum worker orchestrator"))
                .isEqualTo("autovacuum worker orchestrator");
        assertThat(ProcessMeter.postgresKind("postgres: logical replication launcher"))
                .isEqualTo("logical replication launcher");
    }

    @Test
    void aClusterNameIsLeftOut() {
        assertThat(ProcessMeter.postgresKind("postgres: lienthong: checkpointer")).isEqualTo("checkpointer");
        assertThat(ProcessMeter.postgresKind("postgres: lienthong: orchestrator orchestrator 10.0.0.7(51234) idle"))
                .isEqualTo("backend orchestrator");
    }
}
