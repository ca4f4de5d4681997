package vn.lienthong.idnumber.domain;

public enum Sex {
    MALE,
    FEMALE
}
