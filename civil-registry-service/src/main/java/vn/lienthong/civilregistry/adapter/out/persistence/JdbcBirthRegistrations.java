package vn.lienthong.civilregistry.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.civilregistry.application.port.out.BirthRegistrations;
import vn.lienthong.civilregistry.domain.BirthCertificateNumber;
import vn.lienthong.civilregistry.domain.BirthDeclaration;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.PersonalIdNumber;
import vn.lienthong.messaging.TransactionScoped;

/**
 * The birth registers in {@code birth_register_entry}. A transaction that was given a batch's keys
 * ({@link #load}) answers the registrations use case from what it loaded and keeps its new entries
 * until just before it commits, when they are written in multi-row statements; any other
 * transaction (a command handled on its own, an HTTP lookup) reads and writes row by row.
 */
public class JdbcBirthRegistrations implements BirthRegistrations {

    private static final String SELECT = "select * from birth_register_entry ";
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([a-z_]+)\"");
    /** 32 parameters a row, under PostgreSQL's 65 535 a statement. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final TransactionScoped<BirthRegisterBatch> batch;

    public JdbcBirthRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.batch = new TransactionScoped<>(BirthRegisterBatch::new, this::write, written -> { });
    }

    /**
     * Loads, in one query, every entry about the given dossiers, children and mothers into the
     * current transaction, which from then on answers {@link #findByDossier} and
     * {@link #findSameChild} from it and writes its new entries just before it commits. A
     * registration of the same child is an entry with the child's ID number or the mother's, so
     * those keys load all the candidates.
     */
    public void load(Collection<UUID> dossierIds, Collection<String> childIdNumbers,
                     Collection<String> motherIdNumbers) {
        BirthRegisterBatch current = batch.current()
                .orElseThrow(() -> new IllegalStateException("a batch's registrations are loaded inside its transaction"));
        loadInto(current, new HashSet<>(dossierIds), nonNull(childIdNumbers), nonNull(motherIdNumbers));
    }

    @Override
    public Optional<BirthRegistration> findByDossier(UUID dossierId) {
        Optional<BirthRegisterBatch> current = batch.existing();
        if (current.isEmpty()) {
            return jdbc.sql(SELECT + "where dossier_id = ?").param(dossierId)
                    .query(BirthRegisterEntryRows::registration).optional();
        }
        if (!current.get().covers(dossierId)) {
            loadInto(current.get(), Set.of(dossierId), Set.of(), Set.of());
        }
        return current.get().byDossier(dossierId);
    }

    @Override
    public Optional<BirthRegistration> findByCertificateNumber(BirthCertificateNumber number) {
        return jdbc.sql(SELECT + "where birth_certificate_number = ?").param(number.value())
                .query(BirthRegisterEntryRows::registration).optional();
    }

    @Override
    public Optional<BirthRegistration> findByChild(PersonalIdNumber child) {
        return jdbc.sql(SELECT + "where child_personal_id_number = ?").param(child.value())
                .query(BirthRegisterEntryRows::registration).optional();
    }

    @Override
    public Optional<BirthRegistration> findSameChild(BirthDeclaration declaration) {
        Optional<BirthRegisterBatch> current = batch.existing();
        if (current.isEmpty()) {
            return jdbc.sql(SELECT + """
                            where child_personal_id_number = ?
                               or (mother_personal_id_number = ? and child_date_of_birth = ?
                                   and (medical_birth_certificate_number = ?
                                        or (medical_birth_certificate_number is null and cast(? as text) is null
                                            and lower(child_full_name) = lower(?))))
                            order by recorded_at limit 1""")
                    .params(declaration.childPersonalIdNumber().value(), declaration.mother().personalIdNumber(),
                            declaration.child().dateOfBirth(), declaration.child().medicalBirthCertificateNumber(),
                            declaration.child().medicalBirthCertificateNumber(), declaration.child().fullName())
                    .query(BirthRegisterEntryRows::registration).optional();
        }
        if (!current.get().coversSameChild(declaration)) {
            loadInto(current.get(), Set.of(), Set.of(declaration.childPersonalIdNumber().value()),
                    nonNull(Collections.singleton(declaration.mother().personalIdNumber())));
        }
        return current.get().sameChild(declaration);
    }

    @Override
    public void add(BirthRegistration registration) {
        Optional<BirthRegisterBatch> current = batch.existing();
        if (current.isPresent()) {
            current.get().add(registration);
            return;
        }
        try {
            BirthRegisterEntryRows.insert(jdbc, registration);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentRegistrationException(constraintOf(e));
        }
    }

    private void loadInto(BirthRegisterBatch current, Set<UUID> dossierIds, Set<String> childIds,
                          Set<String> motherIds) {
        Set<UUID> dossiers = current.unknownDossiers(dossierIds);
        Set<String> children = current.unknownChildren(childIds);
        Set<String> mothers = current.unknownMothers(motherIds);
        if (dossiers.isEmpty() && children.isEmpty() && mothers.isEmpty()) {
            return;
        }
        List<BirthRegistration> found = jdbc.sql(SELECT + """
                        where dossier_id = any(?) or child_personal_id_number = any(?)
                           or mother_personal_id_number = any(?)
                        order by recorded_at""")
                .params(dossiers.toArray(UUID[]::new), children.toArray(String[]::new), mothers.toArray(String[]::new))
                .query(BirthRegisterEntryRows::registration).list();
        current.loaded(dossiers, children, mothers, found);
    }

    /** Writes the batch's new entries just before it commits; a taken key fails the whole batch. */
    private void write(BirthRegisterBatch current) {
        List<BirthRegistration> entries = current.takeAdded();
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<BirthRegistration> rows = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            List<Object> params = new ArrayList<>(rows.size() * 32);
            rows.forEach(row -> Collections.addAll(params, BirthRegisterEntryRows.values(row)));
            try {
                jdbc.sql("insert into birth_register_entry (" + BirthRegisterEntryRows.COLUMNS + ") values "
                                + String.join(", ", Collections.nCopies(rows.size(), BirthRegisterEntryRows.PLACEHOLDERS)))
                        .params(params)
                        .update();
            } catch (DuplicateKeyException e) {
                throw new ConcurrentRegistrationException(constraintOf(e));
            }
        }
    }

    private static Set<String> nonNull(Collection<String> keys) {
        Set<String> present = new HashSet<>(keys);
        present.removeIf(Objects::isNull);
        return present;
    }

    private static String constraintOf(DuplicateKeyException e) {
        Matcher matcher = CONSTRAINT.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? matcher.group(1) : "unknown constraint";
    }
}
