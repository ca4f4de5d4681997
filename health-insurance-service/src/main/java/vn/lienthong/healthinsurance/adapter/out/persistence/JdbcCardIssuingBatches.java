package vn.lienthong.healthinsurance.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.domain.HealthInsuranceCard;
import vn.lienthong.healthinsurance.domain.InitialCareFacility;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.messaging.TransactionScoped;

/**
 * The unit of work of a batch of card commands: before any is handled, the holders' cards and the
 * care facilities are read in one query each and the provinces' counters locked in one; the
 * repositories then answer from memory, and the cards issued and the counters moved are written just
 * before the transaction commits, in one statement each. A batch that is redone one command at a
 * time is not prepared, and the repositories ask the database as they always did.
 */
public class JdbcCardIssuingBatches {

    /** What one command of the batch is about: the child and the care facility it names. */
    public record CardRequest(String holder, String facilityCode) {
    }

    /** PostgreSQL takes at most 65 535 parameters in one statement; a card row takes 10. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final TransactionScoped<CardIssuingBatch> batches;

    public JdbcCardIssuingBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.batches = new TransactionScoped<>(CardIssuingBatch::new, this::write, batch -> { });
    }

    /**
     * Loads and locks, inside the current transaction, what the batch's card commands will read. A
     * malformed ID number or a missing facility code is left out: its command is refused without
     * reading either.
     */
    public void prepare(Collection<CardRequest> requests) {
        List<CardRequest> wellFormed = requests.stream()
                .filter(request -> PersonalIdNumber.isWellFormed(request.holder()) && request.facilityCode() != null)
                .toList();
        if (wellFormed.isEmpty()) {
            return;
        }
        CardIssuingBatch batch = batches.current()
                .orElseThrow(() -> new IllegalStateException("a batch is prepared only inside a transaction"));
        loadCards(batch, wellFormed.stream().map(CardRequest::holder).distinct().toArray(String[]::new));
        loadFacilities(batch, wellFormed.stream().map(CardRequest::facilityCode).distinct().toArray(String[]::new));
        var provinces = new TreeSet<String>();
        for (CardRequest request : wellFormed) {
            if (batch.card(request.holder()).orElseThrow().isEmpty()) {
                batch.facility(request.facilityCode()).orElseThrow()
                        .ifPresent(facility -> provinces.add(facility.province().value()));
            }
        }
        lockCounters(batch, provinces);
    }

    /** The current transaction's batch, when it was prepared. */
    Optional<CardIssuingBatch> current() {
        return batches.existing();
    }

    private void loadCards(CardIssuingBatch batch, String[] holders) {
        for (String holder : holders) {
            batch.knowCard(holder, Optional.empty());
        }
        jdbc.sql(JdbcHealthInsuranceCards.SELECT + " where c.holder_personal_id_number = any(?)")
                .param(holders)
                .query((row, n) -> JdbcHealthInsuranceCards.card(row))
                .list()
                .forEach(card -> batch.knowCard(card.holder().value(), Optional.of(card)));
    }

    private void loadFacilities(CardIssuingBatch batch, String[] codes) {
        for (String code : codes) {
            batch.knowFacility(code, Optional.empty());
        }
        jdbc.sql(JdbcCareFacilities.SELECT + " where code = any(?)")
                .param(codes)
                .query((row, n) -> JdbcCareFacilities.facility(row))
                .list()
                .forEach(facility -> batch.knowFacility(facility.code(), Optional.of(facility)));
    }

    /**
     * Locks the counters in province order, as every batch does, so that two consumers handling
     * different partitions wait for each other rather than deadlock; the locks are held to commit,
     * so no number is handed out twice. Missing counters are made first, also in province order.
     */
    private void lockCounters(CardIssuingBatch batch, TreeSet<String> provinces) {
        if (provinces.isEmpty()) {
            return;
        }
        String[] codes = provinces.toArray(String[]::new);
        jdbc.sql("""
                        insert into social_insurance_serial (province_code, last_serial)
                        select province_code, 0 from unnest(?::text[]) as province_code order by province_code
                        on conflict (province_code) do nothing""")
                .param(codes)
                .update();
        jdbc.sql("""
                        select province_code, last_serial from social_insurance_serial
                        where province_code = any(?) order by province_code for update""")
                .param(codes)
                .query((row, n) -> {
                    batch.knowLastSerial(row.getString(1), row.getLong(2));
                    return true;
                })
                .list();
    }

    /** Writes the batch's cards and counters: a constraint violation here fails the whole batch. */
    private void write(CardIssuingBatch batch) {
        List<HealthInsuranceCard> cards = batch.issued();
        for (int from = 0; from < cards.size(); from += ROWS_PER_STATEMENT) {
            List<HealthInsuranceCard> rows = cards.subList(from, Math.min(cards.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(rows.size() * 10);
            rows.forEach(card -> params.addAll(JdbcHealthInsuranceCards.columns(card)));
            jdbc.sql(JdbcHealthInsuranceCards.INSERT
                            + String.join(", ", Collections.nCopies(rows.size(), JdbcHealthInsuranceCards.ROW)))
                    .params(params)
                    .update();
        }
        Map<String, Long> serials = batch.changedSerials();
        if (!serials.isEmpty()) {
            List<Object> params = new ArrayList<>(serials.size() * 2);
            serials.forEach((province, last) -> {
                params.add(province);
                params.add(last);
            });
            jdbc.sql("update social_insurance_serial s set last_serial = v.last_serial from (values "
                            + String.join(", ", Collections.nCopies(serials.size(), "(?, ?::bigint)"))
                            + ") as v (province_code, last_serial) where s.province_code = v.province_code")
                    .params(params)
                    .update();
        }
    }
}
