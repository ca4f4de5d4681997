package vn.lienthong.contracts.common;

public enum Sex {
    MALE,
    FEMALE
}
