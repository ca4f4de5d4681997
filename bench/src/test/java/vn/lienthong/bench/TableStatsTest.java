package vn.lienthong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TableStatsTest {

    @Test
    void theWindowsWritesAreTheDifferenceOfTheReadingsTheBusiestTableFirst() {
        var before = new TableStats.Reading(Map.of(
                "orchestrator.dossier", new TableStats.TableWrites("orchestrator", "dossier", 100, 500, 20, 0),
                "orchestrator.commune", new TableStats.TableWrites("orchestrator", "commune", 50, 0, 0, 0)), Map.of(), Map.of());
        var after = new TableStats.Reading(Map.of(
                "orchestrator.dossier", new TableStats.TableWrites("orchestrator", "dossier", 160, 845, 35, 0),
                "orchestrator.commune", new TableStats.TableWrites("orchestrator", "commune", 50, 0, 0, 0),
                "residence.outbox_message", new TableStats.TableWrites("residence", "outbox_message", 60, 0, 0, 60)),
                Map.of(), Map.of());

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
                new TableStats.FunctionCalls("orchestrator", "audit_log_advance_head", 10, 2.0)), Map.of());
        var after = new TableStats.Reading(Map.of(), Map.of(
                "orchestrator.audit_log_advance_head",
                new TableStats.FunctionCalls("orchestrator", "audit_log_advance_head", 10, 2.0),
                "orchestrator.dossier_search_text",
                new TableStats.FunctionCalls("orchestrator", "dossier_search_text", 40, 6.5)), Map.of());

        assertThat(TableStats.callsBetween(before, after)).containsExactly(
                new TableStats.FunctionCalls("orchestrator", "dossier_search_text", 40, 6.5));
    }

    @Test
    void theTablesWhoseSequentialScansReadTheMostRowsComeFirstAndScansThatReadNothingAreLeftOut() {
        var before = new TableStats.Reading(Map.of(), Map.of(), Map.of(
                "orchestrator.dossier_step", new TableStats.TableScans("orchestrator", "dossier_step", 10, 5_000),
                "orchestrator.audit_chain_head", new TableStats.TableScans("orchestrator", "audit_chain_head", 100, 100),
                "residence.outbox_message", new TableStats.TableScans("residence", "outbox_message", 5, 0)));
        var after = new TableStats.Reading(Map.of(), Map.of(), Map.of(
                "orchestrator.dossier_step", new TableStats.TableScans("orchestrator", "dossier_step", 410, 2_005_000),
                "orchestrator.audit_chain_head", new TableStats.TableScans("orchestrator", "audit_chain_head", 900, 900),
                "residence.outbox_message", new TableStats.TableScans("residence", "outbox_message", 60, 0),
                "health_insurance.health_insurance_card",
                new TableStats.TableScans("health_insurance", "health_insurance_card", 30, 60_000)));

        assertThat(TableStats.scansBetween(before, after, 10)).containsExactly(
                new TableStats.TableScans("orchestrator", "dossier_step", 400, 2_000_000),
                new TableStats.TableScans("health_insurance", "health_insurance_card", 30, 60_000),
                new TableStats.TableScans("orchestrator", "audit_chain_head", 800, 800));
        assertThat(TableStats.scansBetween(before, after, 1)).hasSize(1);
    }
}
