package vn.lienthong.healthinsurance.adapter.out.persistence;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.application.port.out.InsuranceRecords;
import vn.lienthong.healthinsurance.domain.InsuranceRecord;
import vn.lienthong.healthinsurance.domain.MonthlyBenefit;
import vn.lienthong.healthinsurance.domain.OtherScheme;
import vn.lienthong.healthinsurance.domain.PersonalIdNumber;

public class JdbcInsuranceRecords implements InsuranceRecords {

    private final JdbcClient jdbc;

    public JdbcInsuranceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<InsuranceRecord> find(PersonalIdNumber person) {
        return jdbc.sql("""
                        select compulsory_months, voluntary_months, monthly_benefit, monthly_benefit_since, other_scheme
                        from social_insurance_record where personal_id_number = ?""")
                .param(person.value())
                .query((row, n) -> new InsuranceRecord(person, row.getInt(1), row.getInt(2),
                        row.getString(3) == null ? null : MonthlyBenefit.valueOf(row.getString(3)),
                        row.getObject(4, LocalDate.class),
                        row.getString(5) == null ? null : OtherScheme.valueOf(row.getString(5))))
                .optional();
    }

    /** Adds or replaces a person's record from seed data. */
    public void save(InsuranceRecord record) {
        jdbc.sql("""
                        insert into social_insurance_record (personal_id_number, compulsory_months, voluntary_months,
                            monthly_benefit, monthly_benefit_since, other_scheme)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (personal_id_number) do update set compulsory_months = excluded.compulsory_months,
                            voluntary_months = excluded.voluntary_months, monthly_benefit = excluded.monthly_benefit,
                            monthly_benefit_since = excluded.monthly_benefit_since, other_scheme = excluded.other_scheme""")
                .params(record.person().value(), record.compulsoryMonths(), record.voluntaryMonths(),
                        record.monthlyBenefit() == null ? null : record.monthlyBenefit().name(),
                        record.monthlyBenefitSince(),
                        record.otherScheme() == null ? null : record.otherScheme().name())
                .update();
    }
}
