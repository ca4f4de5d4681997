package vn.lienthong.sample.domain;

/** A domain class that reaches for storage, as the rules must refuse. */
public record Birth(vn.lienthong.sample.adapter.out.persistence.BirthTable table) {
}
