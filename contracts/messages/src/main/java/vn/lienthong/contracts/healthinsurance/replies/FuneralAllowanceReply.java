package vn.lienthong.contracts.healthinsurance.replies;

import java.util.UUID;

/** Every answer of the social-insurance system to an {@code AssessFuneralAllowance} command. */
public sealed interface FuneralAllowanceReply
        permits FuneralAllowanceGranted, FuneralAllowanceRefused, FuneralAllowanceRejected {

    UUID commandId();

    UUID dossierId();
}
