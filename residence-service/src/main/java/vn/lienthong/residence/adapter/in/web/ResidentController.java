package vn.lienthong.residence.adapter.in.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.residence.application.port.in.FindResidentUseCase;
import vn.lienthong.residence.domain.Household;
import vn.lienthong.residence.domain.Member;
import vn.lienthong.residence.domain.PersonalIdNumber;
import vn.lienthong.residence.domain.RegistrationNumber;
import vn.lienthong.residence.domain.Resident;
import vn.lienthong.web.InvalidFieldException;

/** Where a person is a permanent resident, as a commune officer checking a dossier would ask. */
@RestController
@RequestMapping("/api/v1/residents")
public class ResidentController {

    private final FindResidentUseCase residents;

    public ResidentController(FindResidentUseCase residents) {
        this.residents = residents;
    }

    @GetMapping("/{personalIdNumber}")
    public ResidentView byPersonalIdNumber(@PathVariable String personalIdNumber) {
        if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            throw new InvalidFieldException("personalIdNumber",
                    "Số định danh cá nhân phải có đúng 12 chữ số.", "A personal ID number has exactly 12 digits.");
        }
        return residents.findResident(new PersonalIdNumber(personalIdNumber))
                .map(ResidentView::of)
                .orElseThrow(() -> new NotRegisteredException(
                        "Không có người đăng ký thường trú với số định danh này.",
                        "No permanent resident has this personal ID number."));
    }

    /** {@code registrationNumber} is null unless the person was registered through this service. */
    public record ResidentView(String personalIdNumber, String fullName, String householdNumber, String address,
                               String addressLine, String communeCode, String communeName, String relationshipToHead,
                               LocalDate residentSince, String registrationNumber) {

        static ResidentView of(Resident resident) {
            Household household = resident.household();
            Member member = resident.member();
            return new ResidentView(member.personalIdNumber().value(), member.fullName(), household.number().value(),
                    household.registeredAddress(), household.addressLine(), household.commune().value(),
                    household.communeName(), member.relationship().name(), member.residentSince(),
                    member.registration().map(RegistrationNumber::value).orElse(null));
        }
    }
}
