package vn.lienthong.idnumber.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.contracts.common.Sex;
import vn.lienthong.contracts.idnumber.CitizenRecord;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.idnumber.application.port.in.FindCitizenUseCase;
import vn.lienthong.idnumber.domain.Citizen;
import vn.lienthong.idnumber.domain.PersonalIdNumber;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.web.InvalidFieldException;

/** Look up a citizen, as agencies cross-checking a dossier's people do; the dead are shown as deceased. */
@RestController
public class CitizenController {

    private final FindCitizenUseCase citizens;

    public CitizenController(FindCitizenUseCase citizens) {
        this.citizens = citizens;
    }

    @GetMapping(IdNumberApi.CITIZEN)
    public CitizenRecord byNumber(@PathVariable String personalIdNumber) {
        if (!PersonalIdNumber.isWellFormed(personalIdNumber)) {
            throw new InvalidFieldException(HttpStatus.BAD_REQUEST,
                    List.of(ProblemResponses.error(Refusal.malformedIdNumber("personalIdNumber"))));
        }
        return citizens.find(new PersonalIdNumber(personalIdNumber))
                .map(CitizenController::record)
                .orElseThrow(CitizenNotFoundException::new);
    }

    private static CitizenRecord record(Citizen citizen) {
        return new CitizenRecord(citizen.personalIdNumber().value(), citizen.fullName(),
                Sex.valueOf(citizen.sex().name()), citizen.dateOfBirth(), citizen.ethnicity(), citizen.nationality(),
                citizen.permanentResidenceCommuneCode(), citizen.deceased(), citizen.dateOfDeath());
    }
}
