package vn.lienthong.civilregistry.domain;

public enum Sex {
    MALE,
    FEMALE
}
