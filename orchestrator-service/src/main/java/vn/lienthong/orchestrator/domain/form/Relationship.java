package vn.lienthong.orchestrator.domain.form;

public enum Relationship {
    MOTHER, FATHER, GRANDPARENT, RELATIVE, GUARDIAN, OTHER
}
