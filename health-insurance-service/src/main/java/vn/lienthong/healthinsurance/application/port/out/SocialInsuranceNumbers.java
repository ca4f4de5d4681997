package vn.lienthong.healthinsurance.application.port.out;

import vn.lienthong.healthinsurance.domain.ProvinceCode;
import vn.lienthong.healthinsurance.domain.SocialInsuranceNumber;

/** Hands out social-insurance numbers, never the same one twice. */
public interface SocialInsuranceNumbers {

    SocialInsuranceNumber next(ProvinceCode province);
}
