package vn.lienthong.orchestrator.domain.form;

/** Who declares the birth (người đi khai sinh); grandparents often do. */
public record Declarant(
        String fullName,
        String personalIdNumber,
        Relationship relationship,
        String phone) {
}
