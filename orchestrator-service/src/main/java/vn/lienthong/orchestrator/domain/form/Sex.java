package vn.lienthong.orchestrator.domain.form;

public enum Sex {
    MALE, FEMALE
}
