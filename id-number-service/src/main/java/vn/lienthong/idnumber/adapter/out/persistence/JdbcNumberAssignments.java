package vn.lienthong.idnumber.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lienthong.idnumber.application.port.out.NumberAssignments;
import vn.lienthong.idnumber.domain.BirthDeclaration;
import vn.lienthong.idnumber.domain.ChildIdentity;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.DuplicateOverride;
import vn.lienthong.idnumber.domain.DuplicateRefusal;
import vn.lienthong.idnumber.domain.DuplicateReview;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.ParentDataHold;
import vn.lienthong.idnumber.domain.RecordedParent;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Sex;

/**
 * Records a number and its newborn in one transaction, or in the caller's when one is open (a
 * batch). Conflicts are detected with {@code on conflict do nothing} rather than caught as errors,
 * because an error would abort the transaction; a concurrent duplicate request waits on the
 * request id's row lock and then sees it.
 * Two requests for the same child under different request ids take turns on a transaction-level
 * advisory lock on the child's key, taken before the look-up of earlier matches, so the second
 * sees the first's number (a unique index could not let an officer's override through).
 */
public class JdbcNumberAssignments implements NumberAssignments {

    /** The first key of the advisory locks on children, so they share no key with any other lock. */
    private static final int SAME_CHILD_LOCKS = 0x5C41_1D00;

    private static final String DECLARATION_COLUMNS = """
            full_name, sex, date_of_birth, registration_commune_code, mother_personal_id_number,
            father_personal_id_number, nationality""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcNumberAssignments(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<NumberAssignment> findByRequest(String requestId) {
        return jdbc.sql("""
                        select request_id, personal_id_number, %s, issued_at, duplicate_reviewed_by, confirmed_distinct_from,
                               parents_digest
                        from personal_id_number_assignment where request_id = ?""".formatted(DECLARATION_COLUMNS))
                .param(requestId)
                .query((row, n) -> assignment(row))
                .optional();
    }

    @Override
    public boolean answered(String requestId) {
        return jdbc.sql("""
                        select exists (select 1 from personal_id_number_assignment where request_id = ?)
                            or exists (select 1 from parent_data_hold where request_id = ?)
                            or exists (select 1 from possible_duplicate_refusal where request_id = ?)""")
                .params(requestId, requestId, requestId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<DuplicateRefusal> findRefusal(String requestId) {
        return jdbc.sql("""
                        select request_id, %s, confirmed_distinct_from, duplicate_reviewed_by,
                               existing_personal_id_number, refused_at
                        from possible_duplicate_refusal where request_id = ?""".formatted(DECLARATION_COLUMNS))
                .param(requestId)
                .query((row, n) -> refusal(row))
                .optional();
    }

    @Override
    public Optional<PersonalIdNumber> earliestMatch(ChildIdentity child, String exceptRequestId) {
        return jdbc.sql("""
                        select personal_id_number from personal_id_number_assignment
                        where mother_personal_id_number = ? and date_of_birth = ? and sex = ? and child_name_key = ?
                          and request_id <> ?
                        order by assignment_seq
                        limit 1""")
                .params(child.mother().value(), child.dateOfBirth(), child.sex().name(), child.nameKey(),
                        exceptRequestId)
                .query((row, n) -> new PersonalIdNumber(row.getString(1)))
                .optional();
    }

    @Override
    public Outcome record(NumberAssignment assignment) {
        ChildIdentity child = ChildIdentity.of(assignment.declaration());
        Optional<PersonalIdNumber> expected = Optional.ofNullable(assignment.override()).map(DuplicateOverride::existing);
        return transactions.execute(status -> {
            // Held until commit: a second request for this child waits here, then sees this number.
            jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(SAME_CHILD_LOCKS, child.key())
                    .query((row, n) -> 1).single();
            if (!earliestMatch(child, assignment.requestId()).equals(expected)) {
                return Outcome.EARLIER_MATCH;
            }
            if (!addNewborn(Citizen.newborn(assignment.number(), assignment.declaration()))) {
                return Outcome.NUMBER_TAKEN;
            }
            if (!addAssignment(assignment)) {
                // Taken back by hand rather than by a rollback, which would take a whole batch's transaction with it.
                removeNewborn(assignment.number());
                return Outcome.REQUEST_ID_TAKEN;
            }
            return Outcome.RECORDED;
        });
    }

    private boolean addNewborn(Citizen newborn) {
        return jdbc.sql("""
                        insert into citizen (personal_id_number, full_name, sex, date_of_birth, ethnicity, nationality,
                            permanent_residence_commune_code)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (personal_id_number) do nothing""")
                .params(newborn.personalIdNumber().value(), newborn.fullName(), newborn.sex().name(),
                        newborn.dateOfBirth(), newborn.ethnicity(), newborn.nationality(),
                        newborn.permanentResidenceCommuneCode())
                .update() == 1;
    }

    private void removeNewborn(PersonalIdNumber number) {
        jdbc.sql("delete from citizen where personal_id_number = ?").param(number.value()).update();
    }

    private boolean addAssignment(NumberAssignment assignment) {
        BirthDeclaration birth = assignment.declaration();
        DuplicateOverride override = assignment.override();
        return jdbc.sql("""
                        insert into personal_id_number_assignment (request_id, personal_id_number, %s, child_name_key,
                            issued_at, duplicate_reviewed_by, confirmed_distinct_from, parents_digest)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (request_id) do nothing""".formatted(DECLARATION_COLUMNS))
                .params(declarationParams(List.of(assignment.requestId(), assignment.number().value()), birth,
                        ChildIdentity.nameKey(birth.fullName()), assignment.issuedAt().atOffset(ZoneOffset.UTC),
                        override == null ? null : override.reviewedBy(),
                        override == null ? null : override.existing().value(), assignment.parentsDigest()))
                .update() == 1;
    }

    @Override
    public DuplicateRefusal recordRefusal(DuplicateRefusal refusal) {
        DuplicateReview review = refusal.review();
        jdbc.sql("""
                        insert into possible_duplicate_refusal (request_id, %s, confirmed_distinct_from,
                            duplicate_reviewed_by, existing_personal_id_number, refused_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (request_id) do nothing""".formatted(DECLARATION_COLUMNS))
                .params(declarationParams(List.of(refusal.requestId()), refusal.declaration(),
                        review == null ? null : review.distinctFrom(), review == null ? null : review.reviewedBy(),
                        refusal.existing().value(), refusal.refusedAt().atOffset(ZoneOffset.UTC)))
                .update();
        return findRefusal(refusal.requestId()).orElseThrow();
    }

    @Override
    public Optional<ParentDataHold> findHold(String requestId) {
        List<HeldRow> rows = jdbc.sql("""
                        select request_id, role, request_digest, personal_id_number, full_name, date_of_birth,
                               date_of_death, deceased, held_at
                        from parent_data_hold where request_id = ? order by role desc""")
                .param(requestId)
                .query((row, n) -> new HeldRow(row.getString("request_digest"),
                        row.getObject("held_at", OffsetDateTime.class).toInstant(),
                        new RecordedParent(row.getString("role"), new PersonalIdNumber(row.getString("personal_id_number")),
                                row.getString("full_name"), row.getObject("date_of_birth", LocalDate.class),
                                row.getObject("date_of_death", LocalDate.class), row.getBoolean("deceased"))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParentDataHold(requestId, rows.get(0).digest(),
                rows.stream().map(HeldRow::parent).toList(), rows.get(0).heldAt()));
    }

    /** Every parent in one statement: the hold is kept whole, or not at all for a request id kept already. */
    @Override
    public ParentDataHold recordHold(ParentDataHold hold) {
        List<Object> params = new ArrayList<>();
        for (RecordedParent parent : hold.parents()) {
            params.addAll(Arrays.asList(hold.requestId(), parent.role(), hold.requestDigest(),
                    parent.personalIdNumber().value(), parent.fullName(), parent.dateOfBirth(), parent.dateOfDeath(),
                    parent.deceased(), hold.heldAt().atOffset(ZoneOffset.UTC)));
        }
        String values = String.join(", ", Collections.nCopies(hold.parents().size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        jdbc.sql("""
                        insert into parent_data_hold (request_id, role, request_digest, personal_id_number, full_name,
                            date_of_birth, date_of_death, deceased, held_at)
                        values %s
                        on conflict (request_id, role) do nothing""".formatted(values))
                .params(params)
                .update();
        return findHold(hold.requestId()).orElseThrow();
    }

    private record HeldRow(String digest, Instant heldAt, RecordedParent parent) {
    }

    /** {@code before}, the declaration's {@link #DECLARATION_COLUMNS}, then {@code after}. */
    private static List<Object> declarationParams(List<Object> before, BirthDeclaration birth, Object... after) {
        List<Object> params = new ArrayList<>(before);
        params.addAll(Arrays.asList(birth.fullName(), birth.sex().name(), birth.dateOfBirth(),
                birth.registrationCommuneCode(), birth.mother().value(),
                birth.father() == null ? null : birth.father().value(), birth.nationality()));
        params.addAll(Arrays.asList(after));
        return params;
    }

    private static NumberAssignment assignment(ResultSet row) throws SQLException {
        String reviewedBy = row.getString("duplicate_reviewed_by");
        DuplicateOverride override = reviewedBy == null ? null
                : new DuplicateOverride(new PersonalIdNumber(row.getString("confirmed_distinct_from")), reviewedBy);
        return new NumberAssignment(row.getString("request_id"), new PersonalIdNumber(row.getString("personal_id_number")),
                declaration(row), row.getObject("issued_at", OffsetDateTime.class).toInstant(), override,
                row.getString("parents_digest"));
    }

    private static DuplicateRefusal refusal(ResultSet row) throws SQLException {
        String distinctFrom = row.getString("confirmed_distinct_from");
        DuplicateReview review = distinctFrom == null ? null
                : new DuplicateReview(distinctFrom, row.getString("duplicate_reviewed_by"));
        return new DuplicateRefusal(row.getString("request_id"), declaration(row), review,
                new PersonalIdNumber(row.getString("existing_personal_id_number")),
                row.getObject("refused_at", OffsetDateTime.class).toInstant());
    }

    private static BirthDeclaration declaration(ResultSet row) throws SQLException {
        String father = row.getString("father_personal_id_number");
        return new BirthDeclaration(
                row.getString("full_name"),
                Sex.valueOf(row.getString("sex")),
                row.getDate("date_of_birth").toLocalDate(),
                row.getString("registration_commune_code"),
                new PersonalIdNumber(row.getString("mother_personal_id_number")),
                father == null ? null : new PersonalIdNumber(father),
                row.getString("nationality"));
    }
}
