package vn.lienthong.orchestrator.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    static final Actor OFFICER = new Actor("hotich.25450", "Nguyễn Thị Lan", "COMMUNE_OFFICER", List.of("25450"),
            "console");
    static final Instant AT = Instant.parse("2026-11-23T02:00:00.123456Z");

    static ChainedEntry aRead() {
        return ChainedEntry.following(ChainHead.EMPTY, AT, OFFICER, "READ_DOSSIER",
                "dossiers/8f0c2a4e-5b1d-4c3e-9a7f-2d6e1b0c9a11", "GET /api/v1/dossiers/{dossierId}", null,
                "{\"status\":\"IN_PROGRESS\"}");
    }

    @Test
    void theCanonicalFormGivesEachFieldItsByteLengthInAFixedOrderAndEndsWithThePreviousHash() {
        String form = new String(AuditChain.canonicalForm(aRead()), StandardCharsets.UTF_8);

        assertThat(form).isEqualTo("""
                lienthong-audit-v1
                1:1
                27:2026-11-23T02:00:00.123456Z
                12:hotich.25450
                18:Nguyễn Thị Lan
                15:COMMUNE_OFFICER
                1#
                5:25450
                7:console
                12:READ_DOSSIER
                45:dossiers/8f0c2a4e-5b1d-4c3e-9a7f-2d6e1b0c9a11
                32:GET /api/v1/dossiers/{dossierId}
                -
                24:{"status":"IN_PROGRESS"}
                64:0000000000000000000000000000000000000000000000000000000000000000
                """);
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalFormAsAnyToolComputesIt() {
        // printf '<the form above>' | sha256sum
        assertThat(aRead().hash()).isEqualTo("2efdd0ef3c919c8f2a4bc2d6ad25d4ff2f15d34580453501f9bd2efece5defa9");
        assertThat(aRead().recomputedHash()).isEqualTo(aRead().hash());
    }

    @Test
    void anAbsentValueAndAnEmptyOneAreDifferentEntries() {
        ChainedEntry absent = aRead();
        ChainedEntry empty = ChainedEntry.following(ChainHead.EMPTY, AT, OFFICER, absent.action(), absent.target(),
                absent.endpoint(), "", absent.details());

        assertThat(empty.hash()).isNotEqualTo(absent.hash());
    }

    @Test
    void valuesThatMoveTextFromOneFieldToTheNextGiveAnotherHash() {
        var split = new Actor("hotich", "25450 Lan", "COMMUNE_OFFICER", List.of(), "console");
        var joined = new Actor("hotich 25450", "Lan", "COMMUNE_OFFICER", List.of(), "console");
        var twoCommunes = new Actor("a", "a", "COMMUNE_OFFICER", List.of("25450", "25453"), "console");
        var oneCommune = new Actor("a", "a", "COMMUNE_OFFICER", List.of("25450\n5:25453"), "console");

        assertThat(entryBy(split).hash()).isNotEqualTo(entryBy(joined).hash());
        assertThat(entryBy(twoCommunes).hash()).isNotEqualTo(entryBy(oneCommune).hash());
    }

    @Test
    void everyFieldAndTheLinkAreCovered() {
        ChainedEntry entry = aRead();
        var otherHead = new ChainHead(0, "1".repeat(64));

        assertThat(ChainedEntry.following(otherHead, AT, OFFICER, entry.action(), entry.target(), entry.endpoint(),
                null, entry.details()).hash()).isNotEqualTo(entry.hash());
        assertThat(ChainedEntry.following(new ChainHead(1, AuditChain.GENESIS), AT, OFFICER, entry.action(),
                entry.target(), entry.endpoint(), null, entry.details()).hash()).isNotEqualTo(entry.hash());
        assertThat(ChainedEntry.following(ChainHead.EMPTY, AT.plusNanos(1000), OFFICER, entry.action(),
                entry.target(), entry.endpoint(), null, entry.details()).hash()).isNotEqualTo(entry.hash());
        assertThat(ChainedEntry.following(ChainHead.EMPTY, AT, OFFICER, entry.action(), entry.target(),
                entry.endpoint(), null, "{\"status\":\"COMPLETED\"}").hash()).isNotEqualTo(entry.hash());
    }

    @Test
    void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem() {
        ChainedEntry withNanos = ChainedEntry.following(ChainHead.EMPTY, AT.plusNanos(789), OFFICER, "READ_DOSSIER",
                aRead().target(), aRead().endpoint(), null, aRead().details());

        assertThat(withNanos.at()).isEqualTo(AT);
        assertThat(withNanos.hash()).isEqualTo(aRead().hash());
    }

    @Test
    void eachEntryFollowsTheHeadItWasAppendedTo() {
        ChainedEntry first = aRead();
        ChainedEntry second = ChainedEntry.following(new ChainHead(first.seq(), first.hash()), AT, OFFICER,
                "READ_DOSSIER", first.target(), first.endpoint(), null, first.details());

        assertThat(first.prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isNotEqualTo(first.hash());
    }

    private static ChainedEntry entryBy(Actor actor) {
        return ChainedEntry.following(ChainHead.EMPTY, AT, actor, "READ_DOSSIER", "dossiers/x", null, null, "{}");
    }
}
