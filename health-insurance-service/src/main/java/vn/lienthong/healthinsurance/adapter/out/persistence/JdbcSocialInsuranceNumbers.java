package vn.lienthong.healthinsurance.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lienthong.healthinsurance.application.port.out.SocialInsuranceNumbers;
import vn.lienthong.healthinsurance.domain.ProvinceCode;
import vn.lienthong.healthinsurance.domain.SocialInsuranceNumber;

/** One serial counter per province; the row lock makes concurrent issues take turns. */
public class JdbcSocialInsuranceNumbers implements SocialInsuranceNumbers {

    private final JdbcClient jdbc;

    public JdbcSocialInsuranceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SocialInsuranceNumber next(ProvinceCode province) {
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
