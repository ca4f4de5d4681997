package vn.lienthong.residence.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a deceased resident's registration may be removed on the strength of the death extract.
 * Death is a ground for removal (Residence Law 2020, Art. 24(1)(a)), and the registration office
 * checks the shared civil-status data itself (Circular 55/2021/TT-BCA as amended): nothing else is
 * asked of the family. Only data that cannot both be true stops it: a death before the person came
 * to live there, which an officer must look at.
 */
public final class RemovalPolicy {

    private RemovalPolicy() {
    }

    public static List<Refusal> refusals(Member member, LocalDate dateOfDeath) {
        if (member.residentSince() != null && dateOfDeath.isBefore(member.residentSince())) {
            return List.of(Refusal.dateOfDeathBeforeResidence());
        }
        return List.of();
    }
}
