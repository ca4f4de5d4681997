package vn.lienthong.residence.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.residence.application.port.in.FindHouseholdUseCase;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.HouseholdNumber;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.RegistrationNumber;
import vn.lienthong.web.InvalidFieldException;

/** A household with its members, as the household register (sổ hộ khẩu) once showed it. */
@RestController
@RequestMapping("/api/v1/households")
public class HouseholdController {

    private final FindHouseholdUseCase households;

    public HouseholdController(FindHouseholdUseCase households) {
        this.households = households;
    }

    @GetMapping("/{householdNumber}")
    public HouseholdView byNumber(@PathVariable String householdNumber) {
        if (!HouseholdNumber.isWellFormed(householdNumber)) {
            throw new InvalidFieldException("householdNumber",
                    "Số hộ phải có dạng HK-25450-000001: mã xã 5 chữ số, rồi số thứ tự 6 chữ số.",
                    "A household number looks like HK-25450-000001: the 5-digit commune code, then a 6-digit serial.");
        }
        return households.findHousehold(new HouseholdNumber(householdNumber))
                .map(HouseholdView::of)
                .orElseThrow(() -> new NotRegisteredException(
                        "Không có hộ gia đình nào mang số này.", "No household has this number."));
    }

    /**
     * {@code headNeeded} is true when the head died and members remain: {@code headPersonalIdNumber}
     * is then the former head's, until the members file the change of head.
     */
    public record HouseholdView(String householdNumber, String address, String addressLine, String communeCode,
                                String communeName, String headPersonalIdNumber, List<MemberView> members,
                                boolean headNeeded) {

        static HouseholdView of(Household household) {
            return new HouseholdView(household.number().value(), household.registeredAddress(), household.addressLine(),
                    household.commune().value(), household.communeName(), household.head().value(),
                    household.members().stream().map(MemberView::of).toList(), household.headNeeded());
        }
    }

    /** {@code registrationNumber} is null unless the member was registered through this service. */
    public record MemberView(String personalIdNumber, String fullName, String relationshipToHead,
                             LocalDate residentSince, String registrationNumber) {

        static MemberView of(Member member) {
            return new MemberView(member.personalIdNumber().value(), member.fullName(), member.relationship().name(),
                    member.residentSince(), member.registration().map(RegistrationNumber::value).orElse(null));
        }
    }
}
