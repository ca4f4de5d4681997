package vn.lienthong.healthinsurance.application.port.in;

import vn.lienthong.healthinsurance.domain.CardDecision;

public interface IssueChildCardUseCase {

    /** Issues the child's card, or returns the card issued earlier, or the reasons for refusal. */
    CardDecision issue(IssueChildCardCommand command);
}
