package vn.lienthong.deploy.population;

import java.util.List;

/**
 * Health facilities, codes shaped like the portal's ("75-012"), illustrative. The first seven are
 * the ones the health-insurance service seeds in {@code V2__seed_care_facilities.sql}, with the same
 * names, so loading this list there changes none of them.
 */
public final class CareFacilities {

    public static final List<CareFacility> ALL = List.of(
            new CareFacility("75-012", "Trung tâm Y tế khu vực Bù Gia Mập", "075", "25450"),
            new CareFacility("75-001", "Bệnh viện Đa khoa tỉnh Đồng Nai", "075", "26068"),
            new CareFacility("75-020", "Trạm Y tế xã Bù Gia Mập", "075", "25450"),
            new CareFacility("79-003", "Bệnh viện Nhi Đồng 1", "079", "26734"),
            new CareFacility("79-045", "Trạm Y tế phường Sài Gòn", "079", "26734"),
            new CareFacility("01-010", "Bệnh viện Nhi Trung ương", "001", "00004"),
            new CareFacility("01-102", "Trạm Y tế phường Ba Đình", "001", "00004"),
            new CareFacility("75-002", "Bệnh viện Đa khoa khu vực Bình Phước", "075", "25195"),
            new CareFacility("75-005", "Bệnh viện Đa khoa khu vực Long Khánh", "075", "26368"),
            new CareFacility("75-014", "Trung tâm Y tế khu vực Bù Đăng", "075", "25555"),
            new CareFacility("75-021", "Trạm Y tế xã Đăk Ơ", "075", "25453"),
            new CareFacility("79-001", "Bệnh viện Từ Dũ", "079", "26743"),
            new CareFacility("79-011", "Bệnh viện Hùng Vương", "079", "27259"),
            new CareFacility("79-020", "Bệnh viện Đa khoa Bình Dương", "079", "25747"),
            new CareFacility("79-030", "Bệnh viện Bà Rịa - Vũng Tàu", "079", "26506"),
            new CareFacility("79-052", "Trạm Y tế xã Cần Giờ", "079", "27664"),
            new CareFacility("01-004", "Bệnh viện Phụ sản Hà Nội", "001", "00166"),
            new CareFacility("01-012", "Bệnh viện Đa khoa Sóc Sơn", "001", "08974"),
            new CareFacility("01-105", "Trạm Y tế phường Cầu Giấy", "001", "00166"),
            new CareFacility("01-110", "Trạm Y tế phường Hoàn Kiếm", "001", "00070"));

    private CareFacilities() {
    }

    public static List<CareFacility> inProvince(String provinceCode) {
        return ALL.stream().filter(facility -> facility.provinceCode().equals(provinceCode)).toList();
    }
}
