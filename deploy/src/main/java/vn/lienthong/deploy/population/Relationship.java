package vn.lienthong.deploy.population;

/** A household member's relationship to the household head, as the residence register records it. */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    OTHER
}
