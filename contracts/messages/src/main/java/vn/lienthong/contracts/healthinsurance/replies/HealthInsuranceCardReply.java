package vn.lienthong.contracts.healthinsurance.replies;

import java.util.UUID;

/** Every answer of the social-insurance system to an {@code IssueChildHealthInsuranceCard} command. */
public sealed interface HealthInsuranceCardReply permits HealthInsuranceCardIssued, HealthInsuranceCardRejected {

    UUID commandId();

    UUID dossierId();
}
