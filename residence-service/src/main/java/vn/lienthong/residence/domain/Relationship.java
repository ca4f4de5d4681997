package vn.lienthong.residence.domain;

/** A member's relationship to the head of the household (quan hệ với chủ hộ). */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    GRANDCHILD,
    SIBLING,
    OTHER;

    /** What a child is to the head, given what its parent is to the head. */
    public static Relationship ofChildOf(Relationship parent) {
        return switch (parent) {
            case HEAD -> CHILD;
            case CHILD -> GRANDCHILD;
            default -> OTHER;
        };
    }
}
