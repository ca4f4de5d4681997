package vn.lienthong.orchestrator.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The walk over a chain of five entries, intact and tampered with as someone with write access to the table could. */
class ChainWalkTest {

    private final List<ChainedEntry> log = chainOf(5);

    @Test
    void anIntactChainIsValidWithItsEntryCountAndHeadHash() {
        ChainVerification verdict = walk(log, head());

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.entries()).isEqualTo(5);
        assertThat(verdict.headHash()).isEqualTo(log.get(4).hash());
        assertThat(verdict.firstBrokenSeq()).isNull();
    }

    @Test
    void anEmptyChainIsValid() {
        ChainVerification verdict = walk(List.of(), ChainHead.EMPTY);

        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.entries()).isZero();
        assertThat(verdict.headHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void anEditedFieldIsAChangeOfThatEntry() {
        log.set(2, withTarget(log.get(2), "dossiers/another"));

        assertBroken(walk(log, head()), 3, ChainProblem.CHANGED, 2);
    }

    @Test
    void anEditOfTheNewestEntryIsFoundAgainstTheHead() {
        log.set(4, withTarget(log.get(4), "dossiers/another"));

        assertBroken(walk(log, head()), 5, ChainProblem.CHANGED, 4);
    }

    @Test
    void aStoredHashRewrittenAloneIsAHashMismatch() {
        ChainedEntry third = log.get(2);
        log.set(2, new ChainedEntry(third.seq(), third.at(), third.actor(), third.action(), third.target(),
                third.endpoint(), third.reason(), third.details(), third.prevHash(), "f".repeat(64)));

        assertBroken(walk(log, head()), 3, ChainProblem.HASH_MISMATCH, 2);
    }

    @Test
    void anEntryEditedAndRehashedBreaksTheLinkOfTheNextAsAnEntryMissingThere() {
        ChainedEntry third = log.get(2);
        log.set(2, ChainedEntry.following(new ChainHead(2, third.prevHash()), third.at(), third.actor(),
                third.action(), "dossiers/another", third.endpoint(), third.reason(), third.details()));

        assertBroken(walk(log, head()), 4, ChainProblem.REMOVED, 3);
    }

    @Test
    void aDeletedEntryIsAGapAtItsNumber() {
        log.remove(2);

        assertBroken(walk(log, head()), 3, ChainProblem.REMOVED, 2);
    }

    @Test
    void deletedNewestEntriesAreFoundAgainstTheHead() {
        ChainHead head = head();
        log.remove(4);
        log.remove(3);

        assertBroken(walk(log, head), 4, ChainProblem.REMOVED, 3);
    }

    @Test
    void aDeletionHiddenByRenumberingTheRestIsFoundWhereTheLinkBreaks() {
        ChainHead head = head();
        log.remove(2);
        for (int i = 2; i < log.size(); i++) {
            log.set(i, withSeq(log.get(i), i + 1));
        }

        ChainVerification verdict = walk(log, head);

        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(3);
        assertThat(verdict.problem()).isEqualTo(ChainProblem.REMOVED);
    }

    @Test
    void twoEntriesSwappedAreReorderedAtTheFirstOfThem() {
        ChainedEntry second = log.get(1);
        ChainedEntry fourth = log.get(3);
        log.set(1, withSeq(fourth, 2));
        log.set(3, withSeq(second, 4));

        assertBroken(walk(log, head()), 2, ChainProblem.REORDERED, 1);
    }

    @Test
    void neighboursSwappedAreReordered() {
        ChainedEntry third = log.get(2);
        ChainedEntry fourth = log.get(3);
        log.set(2, withSeq(fourth, 3));
        log.set(3, withSeq(third, 4));

        assertBroken(walk(log, head()), 3, ChainProblem.REORDERED, 2);
    }

    @Test
    void aHeadThatDisagreesWithTheNewestEntryIsAHashMismatchOfTheHead() {
        assertBroken(walk(log, new ChainHead(5, "e".repeat(64))), 5, ChainProblem.HASH_MISMATCH, 5);
    }

    private static void assertBroken(ChainVerification verdict, long seq, ChainProblem problem, long intact) {
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(seq);
        assertThat(verdict.problem()).isEqualTo(problem);
        assertThat(verdict.entries()).isEqualTo(intact);
        assertThat(verdict.headHash()).isNull();
    }

    private ChainHead head() {
        ChainedEntry newest = log.get(log.size() - 1);
        return new ChainHead(newest.seq(), newest.hash());
    }

    private static ChainVerification walk(List<ChainedEntry> entries, ChainHead head) {
        var walk = new ChainWalk(hash -> entries.stream().anyMatch(entry -> entry.hash().equals(hash)));
        for (ChainedEntry entry : entries) {
            Optional<ChainVerification> broken = walk.next(entry);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return walk.end(head);
    }

    private static List<ChainedEntry> chainOf(int count) {
        List<ChainedEntry> entries = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 1; i <= count; i++) {
            ChainedEntry entry = ChainedEntry.following(head, Instant.parse("2026-11-23T02:00:00Z").plusSeconds(i),
                    AuditChainTest.OFFICER, "READ_DOSSIER", "dossiers/" + i, "GET /api/v1/dossiers/{dossierId}", null,
                    "{}");
            entries.add(entry);
            head = new ChainHead(entry.seq(), entry.hash());
        }
        return entries;
    }

    private static ChainedEntry withTarget(ChainedEntry entry, String target) {
        return new ChainedEntry(entry.seq(), entry.at(), entry.actor(), entry.action(), target, entry.endpoint(),
                entry.reason(), entry.details(), entry.prevHash(), entry.hash());
    }

    private static ChainedEntry withSeq(ChainedEntry entry, long seq) {
        return new ChainedEntry(seq, entry.at(), entry.actor(), entry.action(), entry.target(), entry.endpoint(),
                entry.reason(), entry.details(), entry.prevHash(), entry.hash());
    }
}
