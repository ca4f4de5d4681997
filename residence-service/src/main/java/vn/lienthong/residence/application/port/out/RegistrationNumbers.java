package vn.lienthong.residence.application.port.out;

import vn.lienthong.residence.domain.CommuneCode;
import vn.lienthong.residence.domain.RegistrationNumber;

/** Hands out registration numbers, never the same one twice. */
public interface RegistrationNumbers {

    RegistrationNumber next(CommuneCode commune, int year);
}
