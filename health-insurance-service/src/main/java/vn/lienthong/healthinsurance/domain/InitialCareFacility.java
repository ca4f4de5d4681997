package vn.lienthong.healthinsurance.domain;

/** A health facility where a card holder registers for first-line care (nơi đăng ký KCB ban đầu). */
public record InitialCareFacility(String code, String name, ProvinceCode province) {
}
