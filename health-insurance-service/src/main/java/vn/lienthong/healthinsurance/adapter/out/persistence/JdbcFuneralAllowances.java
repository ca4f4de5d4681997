package vn.lienthong.healthinsurance.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.application.port.out.FuneralAllowances;
import vn.lienthong.healthinsurance.domain.Beneficiary;
import vn.lienthong.healthinsurance.domain.FuneralAllowance;
import vn.lienthong.healthinsurance.domain.FuneralClaim;
import vn.lienthong.healthinsurance.domain.Payment;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;
import vn.lienthong.healthinsurance.domain.Qualification;
import vn.lienthong.healthinsurance.domain.ReferenceLevel;
import vn.lienthong.healthinsurance.domain.SurvivorsOutlook;

/** Funeral allowances as rows of {@code funeral_allowance}, one per deceased, and back. */
public class JdbcFuneralAllowances implements FuneralAllowances {

    private final JdbcClient jdbc;

    public JdbcFuneralAllowances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FuneralAllowance> findByDeceased(PersonalIdNumber deceased) {
        return jdbc.sql("select * from funeral_allowance where deceased_personal_id_number = ?")
                .param(deceased.value())
                .query((row, n) -> allowance(row))
                .optional();
    }

    @Override
    public void add(FuneralAllowance allowance) {
        FuneralClaim claim = allowance.claim();
        Beneficiary beneficiary = claim.beneficiary();
        Payment payment = claim.payment();
        SurvivorsOutlook survivors = allowance.survivors();
        try {
            jdbc.sql("""
                            insert into funeral_allowance (deceased_personal_id_number, dossier_id, deceased_full_name,
                                date_of_death, cause_category, declared_dead_by_court, death_extract_number,
                                application_date, amount_vnd, reference_level_vnd, reference_level_effective_from,
                                reference_level_basis, multiple, qualification, legal_basis, beneficiary_full_name,
                                beneficiary_personal_id_number, beneficiary_relationship, payment_method, bank_code,
                                account_number, account_holder, late_claim, late_claim_explanation, survivors_requested,
                                survivors_monthly, survivors_one_time, survivors_legal_basis, survivors_needed_documents,
                                survivors_message_vi, survivors_message_en, decided_on)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                ?, ?, ?)""")
                    .params(claim.deceased().value(), claim.dossierId(), claim.fullName(), claim.dateOfDeath(),
                            claim.causeCategory(), claim.declaredDeadByCourt(), claim.deathExtractNumber(),
                            claim.applicationDate(), allowance.amountVnd(), allowance.referenceLevel().amountVnd(),
                            allowance.referenceLevel().effectiveFrom(), allowance.referenceLevel().basis(),
                            allowance.multiple(), allowance.qualification().name(), allowance.legalBasis(),
                            beneficiary.fullName(), beneficiary.personalIdNumber(), beneficiary.relationship(),
                            payment.method(), payment.bankCode(), payment.accountNumber(), payment.accountHolder(),
                            allowance.lateClaim(), claim.lateClaimExplanation(), claim.survivorsBenefitsRequested(),
                            survivors.monthlyMayBeClaimed(), survivors.oneTimeMayBeClaimed(), survivors.legalBasis(),
                            survivors.neededDocuments().toArray(String[]::new), survivors.messageVi(),
                            survivors.messageEn(), allowance.decidedOn())
                    .update();
        } catch (DuplicateKeyException e) {
            // No value: the database's message quotes the key, an ID number.
            throw new ConcurrentGrantException();
        }
    }

    private static FuneralAllowance allowance(ResultSet row) throws SQLException {
        var claim = new FuneralClaim(row.getObject("dossier_id", UUID.class),
                new PersonalIdNumber(row.getString("deceased_personal_id_number")), row.getString("deceased_full_name"),
                date(row, "date_of_death"), row.getString("cause_category"), row.getBoolean("declared_dead_by_court"),
                row.getString("death_extract_number"),
                new Beneficiary(row.getString("beneficiary_full_name"), row.getString("beneficiary_personal_id_number"),
                        row.getString("beneficiary_relationship")),
                new Payment(row.getString("payment_method"), row.getString("bank_code"), row.getString("account_number"),
                        row.getString("account_holder")),
                row.getBoolean("survivors_requested"), row.getString("late_claim_explanation"),
                date(row, "application_date"));
        var survivors = new SurvivorsOutlook(row.getBoolean("survivors_monthly"), row.getBoolean("survivors_one_time"),
                row.getString("survivors_legal_basis"),
                Arrays.asList((String[]) row.getArray("survivors_needed_documents").getArray()),
                row.getString("survivors_message_vi"), row.getString("survivors_message_en"));
        return new FuneralAllowance(claim, row.getLong("amount_vnd"),
                new ReferenceLevel(date(row, "reference_level_effective_from"), row.getLong("reference_level_vnd"),
                        row.getString("reference_level_basis")),
                row.getInt("multiple"), Qualification.valueOf(row.getString("qualification")),
                row.getString("legal_basis"), date(row, "decided_on"), row.getBoolean("late_claim"), survivors);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
