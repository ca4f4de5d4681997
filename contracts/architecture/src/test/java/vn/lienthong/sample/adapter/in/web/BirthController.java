package vn.lienthong.sample.adapter.in.web;

/** A web adapter that goes round the use case to storage, as the rules must refuse. */
public record BirthController(vn.lienthong.sample.adapter.out.persistence.BirthTable table) {
}
