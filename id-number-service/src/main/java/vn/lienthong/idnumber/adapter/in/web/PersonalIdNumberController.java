package vn.lienthong.idnumber.adapter.in.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.micrometer.core.instrument.MeterRegistry;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.contracts.idnumber.ParentsAsDeclared;
import vn.lienthong.contracts.idnumber.PersonalIdNumberAssigned;
import vn.lienthong.idnumber.application.port.in.AssignPersonalIdNumberCommand;
import vn.lienthong.idnumber.application.port.in.AssignPersonalIdNumberUseCase;
import vn.lienthong.idnumber.domain.AssignmentDecision;
import vn.lienthong.idnumber.domain.DeclaredParents;
import vn.lienthong.idnumber.domain.NumberAssignment;
import vn.lienthong.idnumber.domain.Sex;

/**
 * Assigns a newborn's number, as the civil-status software asks the population database: 201 for
 * a new number, 200 with the same number for a repeated request. Refusals, a newborn who may
 * already be a citizen, and parents recorded otherwise than the request declares (when it asks for
 * that check), become problem responses in {@link ProblemResponses}.
 */
@RestController
public class PersonalIdNumberController {

    private static final Logger log = LoggerFactory.getLogger(PersonalIdNumberController.class);

    private final AssignPersonalIdNumberUseCase numbers;
    private final MeterRegistry meters;

    public PersonalIdNumberController(AssignPersonalIdNumberUseCase numbers, MeterRegistry meters) {
        this.numbers = numbers;
        this.meters = meters;
    }

    @PostMapping(IdNumberApi.ASSIGN)
    public ResponseEntity<PersonalIdNumberAssigned> assign(@RequestBody AssignPersonalIdNumber request) {
        return respond(request, numbers.assign(command(request)));
    }

    /** The response to a decision taken (and recorded) for {@code request}: a body, or a problem thrown. */
    ResponseEntity<PersonalIdNumberAssigned> respond(AssignPersonalIdNumber request, AssignmentDecision decision) {
        if (decision instanceof AssignmentDecision.Assigned assigned) {
            record(request, !assigned.newlyIssued() ? "repeated"
                    : assigned.assignment().override() == null ? "issued" : "issued-after-review");
            PersonalIdNumberAssigned body = body(assigned);
            return assigned.newlyIssued() ? ResponseEntity.created(citizen(body)).body(body) : ResponseEntity.ok(body);
        }
        if (decision instanceof AssignmentDecision.Refused refused) {
            record(request, "refused");
            throw new RequestRefusedException(refused.reasons());
        }
        if (decision instanceof AssignmentDecision.ParentsDiffer differ) {
            record(request, "parents-differ");
            throw new ParentsDifferException(differ.hold());
        }
        if (decision instanceof AssignmentDecision.PossibleDuplicate duplicate) {
            record(request, "possible-duplicate");
            throw new PossibleDuplicateException(duplicate);
        }
        record(request, "request-id-reused");
        throw new RequestIdReusedException();
    }

    static AssignPersonalIdNumberCommand command(AssignPersonalIdNumber request) {
        return new AssignPersonalIdNumberCommand(request.requestId(), request.fullName(),
                request.sex() == null ? null : Sex.valueOf(request.sex().name()), request.dateOfBirth(),
                request.registrationCommuneCode(), request.motherPersonalIdNumber(),
                request.fatherPersonalIdNumber(), request.nationality(), request.confirmedDistinctFrom(),
                request.duplicateReviewedBy(), parents(request.parentsAsDeclared()));
    }

    private static DeclaredParents parents(ParentsAsDeclared declared) {
        if (declared == null) {
            return null;
        }
        return new DeclaredParents(person(declared.mother()), person(declared.father()));
    }

    private static DeclaredParents.DeclaredPerson person(ParentsAsDeclared.Person person) {
        return person == null ? null : new DeclaredParents.DeclaredPerson(person.fullName(), person.dateOfBirth());
    }

    private static PersonalIdNumberAssigned body(AssignmentDecision.Assigned assigned) {
        NumberAssignment assignment = assigned.assignment();
        return new PersonalIdNumberAssigned(assignment.requestId(), assignment.number().value(), assigned.newlyIssued(),
                assignment.issuedAt(), assigned.parentsChecked());
    }

    private static URI citizen(PersonalIdNumberAssigned assigned) {
        return UriComponentsBuilder.fromPath(IdNumberApi.CITIZEN).buildAndExpand(assigned.personalIdNumber()).toUri();
    }

    /** Counts and logs the outcome; the request id is an opaque key, not personal data. */
    private void record(AssignPersonalIdNumber request, String outcome) {
        meters.counter("lienthong.id_number.assignments", "outcome", outcome).increment();
        log.info("Request {}: personal ID number {}", request.requestId(), outcome);
    }
}
