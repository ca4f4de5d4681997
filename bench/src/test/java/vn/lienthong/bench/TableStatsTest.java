package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TableStatsTest {

    @Test
    void theWindowsWritesAreTheDifferenceOfTheReadingsTheBusiestTableFirst() {
        var before = new TableStats.Reading(Map.of(
                "orchestrator.dossier", new TableStats.TableWrites("orchestrator", "dossier", 100, 500, 20, 0),
                "orchestrator.commune", new TableStats.TableWrites("orchestrator", "commune", 50, 0, 0, 0)), Map.of());
        var after = new TableStats.Reading(Map.of(
                "orchestrator.dossier", new TableStats.TableWrites("orchestrator", "dossier", 160, 845, 35, 0),
                "orchestrator.commune", new TableStats.TableWrites("orchestrator", "commune", 50, 0, 0, 0),
                "residence.outbox_message", new TableStats.TableWrites("residence", "outbox_message", 60, 0, 0, 60)),
                Map.of());

        var writes = TableStats.writesBetween(before, after, 10);

        assertThat(writes).extracting(TableStats.TableWrites::table).as("a table that took nothing is left out")
                .containsExactly("dossier", "outbox_message");
        assertThat(writes.get(0)).isEqualTo(new TableStats.TableWrites("orchestrator", "dossier", 60, 345, 15, 0));
        assertThat(writes.get(0).hotShare()).isEqualTo(15 / 345.0);
        assertThat(TableStats.writesBetween(before, after, 1)).hasSize(1);
    }

    @Test
    void aFunctionFirstCalledInTheWindowCountsFromZeroAndOneNotCalledIsLeftOut() {
        var before = new TableStats.Reading(Map.of(), Map.of(
                "orchestrator.audit_log_advance_head",
                new TableStats.FunctionCalls("orchestrator", "audit_log_advance_head", 10, 2.0)));
        var after = new TableStats.Reading(Map.of(), Map.of(
                "orchestrator.audit_log_advance_head",
                new TableStats.FunctionCalls("orchestrator", "audit_log_advance_head", 10, 2.0),
                "orchestrator.dossier_search_text",
                new TableStats.FunctionCalls("orchestrator", "dossier_search_text", 40, 6.5)));

        assertThat(TableStats.callsBetween(before, after)).containsExactly(
                new TableStats.FunctionCalls("orchestrator", "dossier_search_text", 40, 6.5));
    }
}
