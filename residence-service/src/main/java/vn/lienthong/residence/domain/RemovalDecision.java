package vn.lienthong.residence.domain;

import java.util.List;

/**
 * The outcome of a removal request: the removal (maybe made earlier for the same person), nothing to
 * remove because the person had no permanent residence registration, or the reasons for refusal.
 */
public sealed interface RemovalDecision {

    record Removed(ResidenceRemoval removal, boolean newlyRemoved) implements RemovalDecision {
    }

    /** No permanent residence registration: the step has nothing to do, which is not a refusal. */
    record NotRegistered() implements RemovalDecision {

        public static final String MESSAGE_VI =
                "Người chết không có đăng ký thường trú, nên không có gì để xóa.";
        public static final String MESSAGE_EN =
                "The deceased had no permanent residence registration, so there is nothing to remove.";
    }

    record Refused(List<Refusal> reasons) implements RemovalDecision {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
