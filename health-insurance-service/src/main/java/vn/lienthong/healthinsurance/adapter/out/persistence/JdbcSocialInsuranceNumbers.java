package vn.lienthong.healthinsurance.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.application.port.out.SocialInsuranceNumbers;
import vn.lienthong.healthinsurance.domain.ProvinceCode;
import vn.lienthong.healthinsurance.domain.SocialInsuranceNumber;

/**
 * One serial counter per province; the row lock makes concurrent issues take turns. Inside a
 * prepared batch ({@link JdbcCardIssuingBatches}) the batch holds the province's counter locked and
 * counts on in memory.
 */
public class JdbcSocialInsuranceNumbers implements SocialInsuranceNumbers {

    private final JdbcClient jdbc;
    private final JdbcCardIssuingBatches batches;

    public JdbcSocialInsuranceNumbers(JdbcClient jdbc, JdbcCardIssuingBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public SocialInsuranceNumber next(ProvinceCode province) {
        return batches.current().flatMap(batch -> batch.next(province)).orElseGet(() -> nextOf(province));
    }

    private SocialInsuranceNumber nextOf(ProvinceCode province) {
        long serial = jdbc.sql("""
                        insert into social_insurance_serial (province_code, last_serial) values (?, 1)
                        on conflict (province_code) do update set last_serial = social_insurance_serial.last_serial + 1
                        returning last_serial""")
                .param(province.value())
                .query(Long.class)
                .single();
        return SocialInsuranceNumber.of(province.twoDigits(), serial);
    }
}
