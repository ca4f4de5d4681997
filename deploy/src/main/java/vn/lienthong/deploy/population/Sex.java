package vn.lienthong.deploy.population;

public enum Sex {
    MALE,
    FEMALE
}
