package vn.lienthong.orchestrator.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.messaging.AnyOfArray;
import vn.lienthong.messaging.TransactionScoped;
import vn.lienthong.orchestrator.application.port.out.DossierAccess;
import vn.lienthong.orchestrator.application.port.model.DossierFilter;
import vn.lienthong.orchestrator.application.port.model.DossierPage;
import vn.lienthong.orchestrator.application.port.out.Dossiers;
import vn.lienthong.orchestrator.domain.dossier.Dossier;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.DossierStatus;
import vn.lienthong.orchestrator.domain.dossier.DuplicateReview;
import vn.lienthong.orchestrator.domain.dossier.HistoryEntry;
import vn.lienthong.orchestrator.domain.dossier.Reason;
import vn.lienthong.orchestrator.domain.dossier.RequiredAction;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.orchestrator.domain.dossier.StepState;
import vn.lienthong.orchestrator.domain.dossier.StepStatus;
import vn.lienthong.orchestrator.domain.form.DossierForm;
import vn.lienthong.orchestrator.domain.procedure.Procedure;
import vn.lienthong.orchestrator.domain.procedure.Procedures;

/** Dossiers in PostgreSQL. Whoever changes a dossier locks its row first, so writers take turns. */
public class JdbcDossiers implements Dossiers {

    private static final String DOSSIER_COLUMNS = """
            d.id, d.procedure, d.content_hash, d.form, d.results, d.original_birth_statement_seen, d.parents_verified,
            d.duplicate_review, d.refusal, d.received_at, d.statutory_due_date, d.version""";
    private static final String STEP_COLUMNS = """
            s.step, s.status, s.attempts, s.command_id, s.last_error, s.required_action, s.started_at, s.completed_at,
            s.next_attempt_at""";

    /** About the dossiers in flight at a busy moment; each entry is one parsed form (a few KiB). */
    private static final int FORMS_KEPT_PARSED = 4096;
    /** Any of the ids in one array parameter, planned once (see {@link AnyOfArray}). */
    static final String ANY_ID = AnyOfArray.of("uuid");
    /** Dossier updates per statement, which bounds the size of one statement's arrays. */
    private static final int UPDATES_PER_STATEMENT = 100;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ParsedForms forms;
    private final StoredResults results;
    private final TransactionScoped<Map<DossierId, Dossier>> lockedAhead = new TransactionScoped<>(HashMap::new);
    /** Made at the first {@link #plannedOnce} of a transaction, by the statement that sets it. */
    private final TransactionScoped<Boolean> genericPlans = new TransactionScoped<>(this::forceGenericPlans);
    /**
     * The updates of a transaction that locked its dossiers ahead ({@link #lockAll}), written
     * together just before it commits, or before it next reads or writes dossiers here.
     */
    private final TransactionScoped<Map<DossierId, Update>> pendingUpdates =
            new TransactionScoped<>(LinkedHashMap::new, this::write, written -> { });
    /** The trace a new dossier's intake runs in (W3C traceparent), stored with it; null when untraced. */
    private Supplier<String> intakeTrace = () -> null;
    /** Told of each dossier added, in the transaction that adds it. */
    private Consumer<DossierId> added = id -> { };

    public JdbcDossiers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.forms = new ParsedForms(FORMS_KEPT_PARSED);
        this.results = new StoredResults(json);
    }

    /**
     * Each dossier added is stored with the trace {@code intakeTrace} gives (in {@code dossier_trace},
     * by the statement that adds it), and {@code listener} is told of it inside the transaction that
     * adds it.
     */
    public void onAdded(Supplier<String> intakeTrace, Consumer<DossierId> listener) {
        this.intakeTrace = intakeTrace;
        this.added = listener;
    }

    @Override
    public boolean add(Dossier dossier, String submittedBy) {
        writePending();
        List<Object> params = new ArrayList<>(Arrays.asList(dossier.id().value(), dossier.procedure().code(),
                dossier.form().portalDossierCode(), dossier.contentHash(), toJson(dossier.form()), dossier.status().name(),
                dossier.form().registrationCommuneCode(), dossier.form().subjectFullName(),
                results.toJson(dossier.results()), dossier.originalBirthStatementSeen(), dossier.parentsVerified(),
                toJson(dossier.duplicateReview().orElse(null)), toJson(dossier.refusal().orElse(null)),
                Timestamp.from(dossier.receivedAt()), Timestamp.from(Instant.now()), dossier.statutoryDueDate(),
                supplementDueDate(dossier), dossier.version() + 1, submittedBy));
        UUID id = dossier.id().value();
        Columns steps = new Columns(11);
        dossier.steps().forEach(step -> steps.add(stepRow(id, step, dossier.receivedAt())));
        Columns history = new Columns(6);
        dossier.saved().forEach(entry -> history.add(historyRow(id, entry)));
        params.addAll(steps.arrays());
        params.addAll(history.arrays());
        params.add(intakeTrace.get());
        int inserted = jdbc.sql(ADD).params(params).query(Integer.class).single();
        if (inserted == 0) {
            return false;
        }
        added.accept(dossier.id());
        return true;
    }

    /**
     * A new dossier's row, steps, history and intake trace in one statement, or nothing when its
     * portal dossier code is already stored (the rest is inserted for the row inserted only). The
     * steps and history are passed column by column as arrays, in the rows {@link #WRITE} takes,
     * so the text is the same for every dossier and the server plans it once per connection.
     */
    private static final String ADD = """
            with added as (
                insert into dossier (id, procedure, portal_dossier_code, content_hash, form, status, registration_commune_code,
                    child_full_name, results, original_birth_statement_seen, parents_verified, duplicate_review,
                    refusal, received_at, updated_at, statutory_due_date, supplement_due_date, version, submitted_by)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)
                on conflict (portal_dossier_code) do nothing
                returning id),
            steps as (
                insert into dossier_step (dossier_id, step, status, attempts, command_id, last_error,
                    required_action, started_at, completed_at, next_attempt_at, status_since)
                select added.id, v.step, v.status, v.attempts, v.command_id, v.last_error, v.required_action,
                       v.started_at, v.completed_at, v.next_attempt_at, v.status_since
                from added join unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as integer[]),
                                       cast(? as uuid[]), cast(? as jsonb[]), cast(? as jsonb[]), cast(? as timestamptz[]),
                                       cast(? as timestamptz[]), cast(? as timestamptz[]), cast(? as timestamptz[]))
                    as v (dossier_id, step, status, attempts, command_id, last_error, required_action, started_at,
                          completed_at, next_attempt_at, status_since) on v.dossier_id = added.id),
            history as (
                insert into dossier_history (dossier_id, at, event, step, message_vi, message_en)
                select added.id, v.at, v.event, v.step, v.message_vi, v.message_en
                from added join unnest(cast(? as uuid[]), cast(? as timestamptz[]), cast(? as text[]), cast(? as text[]),
                                       cast(? as text[]), cast(? as text[]))
                    with ordinality as v (dossier_id, at, event, step, message_vi, message_en, n) on v.dossier_id = added.id
                order by v.n),
            trace as (
                insert into dossier_trace (dossier_id, trace_parent)
                select added.id, t.trace_parent from added, (select cast(? as text) as trace_parent) t
                where t.trace_parent is not null
                on conflict do nothing)
            select count(*) from added""";

    /**
     * Locks the dossier's row, then reads it with its steps; a dossier {@link #lockAll locked
     * ahead} in this transaction is handed out as it was read, once. Two statements on purpose: a
     * single {@code select … join … for update of d} that had to wait for another writer re-reads
     * only the locked dossier row and returns the steps as they were before that writer committed,
     * so two replies for one dossier (residence and health insurance, which run in parallel) could
     * each miss the other's step and leave a dossier whose steps are all done short of completed.
     */
    @Override
    public Optional<Dossier> lock(DossierId id) {
        Optional<Dossier> ahead = lockedAhead.existing().map(locked -> locked.remove(id));
        if (ahead.isPresent()) {
            return ahead;
        }
        writePending();
        boolean exists = jdbc.sql("select 1 from dossier where id = ? for update").param(id.value())
                .query(Integer.class).optional().isPresent();
        return exists ? load("d.id = ?", id.value()).stream().findFirst() : Optional.empty();
    }

    /**
     * Locks the dossiers in the database's order of their ids, so that two transactions locking
     * overlapping sets never deadlock, then reads them all in a second statement (which therefore
     * sees every commit made before the locks were granted). Each is handed out once by
     * {@link #lock}; a second {@code lock} of the same dossier in the transaction reads it again,
     * with this transaction's own changes.
     */
    @Override
    public void lockAll(Collection<DossierId> ids) {
        writePending();
        if (ids.isEmpty()) {
            return;
        }
        Map<DossierId, Dossier> locked = lockedAhead.current()
                .orElseThrow(() -> new IllegalStateException("dossiers are locked only inside a transaction"));
        plannedOnce();
        UUID[] keys = ids.stream().map(DossierId::value).distinct().toArray(UUID[]::new);
        List<UUID> found = jdbc.sql("select id from dossier where id = " + ANY_ID + " order by id for update")
                .param(keys)
                .query((row, n) -> row.getObject(1, UUID.class))
                .list();
        if (found.isEmpty()) {
            return;
        }
        load("d.id = " + ANY_ID, found.toArray(UUID[]::new)).forEach(dossier -> locked.put(dossier.id(), dossier));
    }

    @Override
    public Optional<Dossier> find(DossierId id) {
        writePending();
        return load("d.id = ?", id.value()).stream().findFirst();
    }

    @Override
    public Optional<Dossier> findByPortalDossierCode(String portalDossierCode) {
        writePending();
        return load("d.portal_dossier_code = ?", portalDossierCode).stream().findFirst();
    }

    /** The dossiers and their steps in one statement: one row per step. */
    private List<Dossier> load(String condition, Object key) {
        Map<UUID, StoredDossier> dossiers = new LinkedHashMap<>();
        Map<UUID, List<StepState>> steps = new HashMap<>();
        jdbc.sql("select " + DOSSIER_COLUMNS + ", " + STEP_COLUMNS
                        + " from dossier d join dossier_step s on s.dossier_id = d.id where " + condition)
                .param(key)
                .query(row -> {
                    UUID id = row.getObject("id", UUID.class);
                    if (!dossiers.containsKey(id)) {
                        dossiers.put(id, row(row));
                    }
                    steps.computeIfAbsent(id, any -> new ArrayList<>()).add(step(row));
                });
        return dossiers.values().stream()
                .map(row -> {
                    Procedure procedure = Procedures.stored(row.procedure());
                    return Dossier.restore(new DossierId(row.id()), procedure,
                        forms.parse(row.id(), row.form(), form -> fromJson(form, procedure.formType())),
                        row.contentHash(), row.receivedAt(), row.statutoryDueDate(), steps.get(row.id()),
                        results.fromJson(procedure, row.results()), row.originalBirthStatementSeen(),
                        row.parentsVerified(), fromJson(row.duplicateReview(), DuplicateReview.class),
                        fromJson(row.refusal(), Reason.class), row.version());
                })
                .toList();
    }

    private StepState step(ResultSet row) throws SQLException {
        return new StepState(
                Step.valueOf(row.getString("step")),
                StepStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getObject("command_id", UUID.class),
                fromJson(row.getString("last_error"), Reason.class),
                fromJson(row.getString("required_action"), RequiredAction.class),
                instant(row.getTimestamp("started_at")),
                instant(row.getTimestamp("completed_at")),
                instant(row.getTimestamp("next_attempt_at")));
    }

    /**
     * Writes the dossier's row, its changed steps and its new history in one statement (one round
     * trip, however many steps changed), checking the version it was loaded with. In a transaction
     * that locked its dossiers ahead (a batch of replies or of the population database's answers),
     * the statement is kept and written with the batch's other dossiers in one statement just
     * before commit: a version that does not match then fails the whole batch.
     */
    @Override
    public void update(Dossier dossier) {
        Update update = updateOf(dossier);
        Optional<Map<DossierId, Update>> pending = lockedAhead.existing().isPresent()
                ? pendingUpdates.current() : Optional.empty();
        if (pending.isEmpty()) {
            write(List.of(update));
            return;
        }
        if (pending.get().containsKey(dossier.id())) {
            // One statement cannot change a row twice: the earlier change goes first.
            writePending();
        }
        pendingUpdates.current().orElseThrow().put(dossier.id(), update);
    }

    /** The updates kept so far in this transaction, written now (before a read that must see them). */
    private void writePending() {
        pendingUpdates.existing().ifPresent(this::write);
    }

    private void write(Map<DossierId, Update> pending) {
        List<Update> updates = List.copyOf(pending.values());
        pending.clear();
        write(updates);
    }

    /**
     * The dossiers' rows, their changed steps and their new history in one statement for at most
     * {@link #UPDATES_PER_STATEMENT} dossiers, each column passed as an array: the statement's text
     * is the same whatever the dossiers and whatever changed, so the server plans it once per
     * connection instead of at every write. The count of dossier rows changed must be one per
     * dossier: a version that does not match fails the transaction.
     */
    private void write(List<Update> updates) {
        for (int from = 0; from < updates.size(); from += UPDATES_PER_STATEMENT) {
            List<Update> chunk = updates.subList(from, Math.min(updates.size(), from + UPDATES_PER_STATEMENT));
            int updated = jdbc.sql(WRITE).params(writeParams(chunk)).query(Integer.class).single();
            if (updated != chunk.size()) {
                throw new IllegalStateException(chunk.size() == 1
                        ? "dossier " + chunk.get(0).dossier() + " changed concurrently"
                        : (chunk.size() - updated) + " of " + chunk.size() + " dossiers changed concurrently");
            }
        }
    }

    /**
     * status_since (for ops) moves when a step's status changes, except between a request's
     * retries: in progress and waiting to retry with the same command id. The CASE sees the row's
     * values before this update. The form, the largest document, changes only with a supplement:
     * a null form keeps the stored one.
     */
    private static final String WRITE = """
            with changed as (
                update dossier d set form = coalesce(v.form, d.form), child_full_name = coalesce(v.child_full_name, d.child_full_name),
                    status = v.status, results = v.results, original_birth_statement_seen = v.original_birth_statement_seen,
                    parents_verified = v.parents_verified, duplicate_review = v.duplicate_review, refusal = v.refusal,
                    updated_at = v.updated_at, supplement_due_date = v.supplement_due_date, version = v.version
                from unnest(cast(? as uuid[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as jsonb[]),
                            cast(? as boolean[]), cast(? as boolean[]), cast(? as jsonb[]), cast(? as jsonb[]),
                            cast(? as timestamptz[]), cast(? as date[]), cast(? as jsonb[]), cast(? as text[]))
                    as v (id, expected_version, version, status, results, original_birth_statement_seen, parents_verified,
                          duplicate_review, refusal, updated_at, supplement_due_date, form, child_full_name)
                where d.id = v.id and d.version = v.expected_version
                returning d.id),
            steps as (
                update dossier_step s set status = v.status, attempts = v.attempts, command_id = v.command_id,
                    last_error = v.last_error, required_action = v.required_action, started_at = v.started_at,
                    completed_at = v.completed_at, next_attempt_at = v.next_attempt_at,
                    status_since = case
                        when s.status = v.status then s.status_since
                        when s.status in ('IN_PROGRESS', 'WAITING_RETRY') and v.status in ('IN_PROGRESS', 'WAITING_RETRY')
                             and s.command_id is not distinct from v.command_id then s.status_since
                        else v.now end
                from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as integer[]), cast(? as uuid[]),
                            cast(? as jsonb[]), cast(? as jsonb[]), cast(? as timestamptz[]), cast(? as timestamptz[]),
                            cast(? as timestamptz[]), cast(? as timestamptz[]))
                    as v (dossier_id, step, status, attempts, command_id, last_error, required_action, started_at,
                          completed_at, next_attempt_at, now)
                where s.dossier_id = v.dossier_id and s.step = v.step),
            history as (
                insert into dossier_history (dossier_id, at, event, step, message_vi, message_en)
                select dossier_id, at, event, step, message_vi, message_en
                from unnest(cast(? as uuid[]), cast(? as timestamptz[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]))
                    with ordinality as v (dossier_id, at, event, step, message_vi, message_en, n)
                order by n)
            select count(*) from changed""";

    /** The columns of {@link #WRITE}, one array each, in its order. */
    private static List<Object> writeParams(List<Update> chunk) {
        Columns dossiers = new Columns(13);
        Columns steps = new Columns(11);
        Columns history = new Columns(6);
        for (Update update : chunk) {
            dossiers.add(update.row());
            update.steps().forEach(steps::add);
            update.history().forEach(history::add);
        }
        List<Object> params = new ArrayList<>(dossiers.arrays());
        params.addAll(steps.arrays());
        params.addAll(history.arrays());
        return params;
    }

    /**
     * A dossier's update as the values of {@link #WRITE}'s columns, taken when the dossier is
     * saved: its row, its changed steps and its new history.
     */
    private record Update(DossierId dossier, Object[] row, List<Object[]> steps, List<Object[]> history) {
    }

    private Update updateOf(Dossier dossier) {
        long expectedVersion = dossier.version();
        boolean formChanged = dossier.formChanged();
        Set<Step> changedSteps = dossier.changedSteps();
        List<HistoryEntry> entries = dossier.saved();
        UUID id = dossier.id().value();
        String now = Instant.now().toString();
        Object[] row = {id, expectedVersion, dossier.version(), dossier.status().name(),
                results.toJson(dossier.results()), dossier.originalBirthStatementSeen(), dossier.parentsVerified(),
                toJson(dossier.duplicateReview().orElse(null)), toJson(dossier.refusal().orElse(null)), now,
                supplementDueDate(dossier), formChanged ? toJson(dossier.form()) : null,
                formChanged ? dossier.form().subjectFullName() : null};
        List<Object[]> steps = dossier.steps().stream()
                .filter(step -> changedSteps.contains(step.step()))
                .map(step -> stepRow(id, step, now))
                .toList();
        List<Object[]> history = entries.stream().map(entry -> historyRow(id, entry)).toList();
        return new Update(dossier.id(), row, steps, history);
    }

    /** A step's columns as {@link #ADD} and {@link #WRITE} take them; {@code now} is its status's time if it changed. */
    private Object[] stepRow(UUID dossier, StepState step, Object now) {
        return new Object[] {dossier, step.step().name(), step.status().name(), step.attempts(), step.commandId(),
                toJson(step.lastError()), toJson(step.requiredAction()), step.startedAt(), step.completedAt(),
                step.nextAttemptAt(), now};
    }

    /** A history entry's columns as {@link #ADD} and {@link #WRITE} take them. */
    private static Object[] historyRow(UUID dossier, HistoryEntry entry) {
        return new Object[] {dossier, entry.at(), entry.event(), entry.step() == null ? null : entry.step().name(),
                entry.messageVi(), entry.messageEn()};
    }

    /** Values gathered column by column, each column handed to the driver as one array. */
    private static final class Columns {

        private final List<List<Object>> columns = new ArrayList<>();

        Columns(int count) {
            for (int i = 0; i < count; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(Object... row) {
            for (int i = 0; i < row.length; i++) {
                columns.get(i).add(row[i]);
            }
        }

        /** Each column as text, which the statement casts to the column's type; null stays null. */
        List<Object> arrays() {
            return columns.stream()
                    .map(column -> (Object) column.stream().map(value -> value == null ? null : value.toString())
                            .toArray(String[]::new))
                    .toList();
        }
    }

    @Override
    public List<HistoryEntry> history(DossierId id) {
        writePending();
        return jdbc.sql("""
                        select at, event, step, message_vi, message_en from dossier_history
                        where dossier_id = ? order by id""")
                .param(id.value())
                .query((row, n) -> new HistoryEntry(instant(row.getTimestamp(1)), row.getString(2),
                        row.getString(3) == null ? null : Step.valueOf(row.getString(3)), row.getString(4), row.getString(5)))
                .list();
    }

    @Override
    public List<DossierId> dueAttempts(Step step, Instant now, int max) {
        writePending();
        plannedOnce();
        return jdbc.sql("""
                        select d.id from dossier d join dossier_step s on s.dossier_id = d.id
                        where s.step = ? and s.status in ('SCHEDULED', 'WAITING_RETRY', 'IN_PROGRESS')
                          and s.next_attempt_at <= ?
                        order by s.next_attempt_at
                        limit ?
                        for update of d skip locked""")
                .params(step.name(), Timestamp.from(now), max)
                .query((row, n) -> new DossierId(row.getObject(1, UUID.class)))
                .list();
    }

    /**
     * From here to the end of the transaction, each statement runs on the plan the server made for
     * it once in this session, whatever the values. Called by the claim of due attempts and by the
     * lock of a batch's dossiers, which begin the saga's transactions; what follows them there is
     * the dossiers' lock, read and write, the outbox's inserts and the dossiers' traces, statements
     * whose text never changes and whose plan does not depend on the values (ids passed as arrays
     * that no plan sees, one step's due attempts in due order). Left to choose, the server made a
     * plan for the values at hand at every call in some sessions and not in others: a plan for one
     * or two ids, or for this call's time and limit, often looks cheaper than the generic one, and
     * which one a session keeps depends on the values of its first calls. Benchmark runs at 40
     * dossiers a second spent up to 0.76 ms of the database's time a dossier planning the dossiers'
     * read, and up to 0.47 ms planning the claim (docs/performance.md, "The saga's statements
     * planned once a session"). The setting ends with the transaction.
     */
    private void plannedOnce() {
        genericPlans.current();
    }

    private Boolean forceGenericPlans() {
        jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
        return true;
    }

    @Override
    public int bringForwardWaitingAttempts(Step step, Instant now, int limit) {
        writePending();
        return jdbc.sql("""
                        update dossier_step set next_attempt_at = ?
                        where (dossier_id, step) in (
                            select dossier_id, step from dossier_step
                            where step = ? and status = 'WAITING_RETRY' and next_attempt_at > ?
                            order by next_attempt_at limit ?)""")
                .params(Timestamp.from(now), step.name(), Timestamp.from(now), limit)
                .update();
    }

    @Override
    public List<DossierId> waitingForAttemptSince(Step step, Instant cutoff, int max) {
        writePending();
        return jdbc.sql("""
                        select d.id from dossier d join dossier_step s on s.dossier_id = d.id
                        where s.step = ? and s.status in ('SCHEDULED', 'WAITING_RETRY') and d.received_at <= ?
                        order by d.received_at limit ?""")
                .params(step.name(), Timestamp.from(cutoff), max)
                .query((row, n) -> new DossierId(row.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public List<DossierId> withIdNumberAwaitingVerification(int max) {
        writePending();
        return jdbc.sql("""
                        select id from dossier where id_number_verification_pending
                        order by updated_at limit ?""")
                .param(max)
                .query((row, n) -> new DossierId(row.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public List<DossierId> withSupplementDueBefore(LocalDate today, int max) {
        writePending();
        return jdbc.sql("select id from dossier where supplement_due_date < ? order by supplement_due_date limit ?")
                .params(today, max)
                .query((row, n) -> new DossierId(row.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public Optional<DossierAccess> access(DossierId id) {
        writePending();
        return jdbc.sql("select registration_commune_code, submitted_by from dossier where id = ?")
                .param(id.value())
                .query((row, n) -> new DossierAccess(row.getString(1), row.getString(2)))
                .optional();
    }

    @Override
    public DossierPage list(DossierFilter filter) {
        writePending();
        return new JdbcWorklist(jdbc).list(filter);
    }

    private static LocalDate supplementDueDate(Dossier dossier) {
        return dossier.requiredActions().stream()
                .filter(action -> action.kind() == RequiredAction.Kind.SUPPLEMENT)
                .map(RequiredAction::dueDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private StoredDossier row(ResultSet row) throws SQLException {
        return new StoredDossier(row.getObject("id", UUID.class), row.getString("procedure"),
                row.getString("content_hash"), row.getString("form"),
                row.getString("results"), row.getBoolean("original_birth_statement_seen"),
                row.getBoolean("parents_verified"), row.getString("duplicate_review"), row.getString("refusal"),
                instant(row.getTimestamp("received_at")), row.getDate("statutory_due_date").toLocalDate(),
                row.getLong("version"));
    }

    private record StoredDossier(UUID id, String procedure, String contentHash, String form, String results,
                                 boolean originalBirthStatementSeen, boolean parentsVerified, String duplicateReview,
                                 String refusal,
                                 Instant receivedAt,
                                 LocalDate statutoryDueDate, long version) {
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private <T> T fromJson(String value, Class<T> type) {
        return value == null ? null : json.readValue(value, type);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
