package vn.lienthong.contracts.healthinsurance.replies;

import java.util.List;
import java.util.UUID;

import vn.lienthong.contracts.common.Rejection;

/** No card was issued; {@code reasons} say what must change. */
public record HealthInsuranceCardRejected(
        UUID commandId,
        UUID dossierId,
        List<Rejection> reasons) implements HealthInsuranceCardReply {
}
