package vn.lienthong.residence.domain;

/** A person found in the register, with the household they belong to. */
public record Resident(Household household, Member member) {
}
