package vn.lienthong.idnumber.adapter.in.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.contracts.idnumber.AssignPersonalIdNumber;
import vn.lienthong.contracts.idnumber.AssignPersonalIdNumbers;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.contracts.idnumber.PersonalIdNumberAnswers;
import vn.lienthong.contracts.idnumber.PersonalIdNumberAnswers.Answer;
import vn.lienthong.contracts.idnumber.PersonalIdNumberAssigned;
import vn.lienthong.idnumber.application.port.in.AssignPersonalIdNumberUseCase;
import vn.lienthong.idnumber.domain.AssignmentDecision;
import vn.lienthong.idnumber.domain.Refusal;
import vn.lienthong.web.Problems;

/**
 * Several newborns' numbers in one request. Each request is decided as {@link PersonalIdNumberController}
 * decides one alone, and answered in the order given with the status and body it would have had; a
 * refusal of one does not hold back the others. The whole batch is recorded in one transaction
 * ({@link AssignPersonalIdNumberUseCase#assignAll}). Should that transaction fail, nothing of it is
 * kept and each request is served again alone, in its own transaction, so that a failure of one
 * does not fail the others either. A batch that is not a list of 1 to
 * {@link IdNumberApi#MAX_BATCH} requests is refused whole, naming {@code requests}.
 */
@RestController
public class PersonalIdNumberBatchController {

    private static final Logger log = LoggerFactory.getLogger(PersonalIdNumberBatchController.class);

    private final AssignPersonalIdNumberUseCase numbers;
    private final PersonalIdNumberController single;
    private final ProblemResponses problems;

    public PersonalIdNumberBatchController(AssignPersonalIdNumberUseCase numbers, PersonalIdNumberController single,
                                           ProblemResponses problems) {
        this.numbers = numbers;
        this.single = single;
        this.problems = problems;
    }

    @PostMapping(IdNumberApi.ASSIGN_BATCH)
    public PersonalIdNumberAnswers assignAll(@RequestBody AssignPersonalIdNumbers batch) {
        List<AssignPersonalIdNumber> requests = batch.requests();
        if (requests == null || requests.isEmpty() || requests.size() > IdNumberApi.MAX_BATCH) {
            throw new RequestRefusedException(List.of(new Refusal("INVALID_BATCH_SIZE", "requests",
                    "Cần từ 1 đến " + IdNumberApi.MAX_BATCH + " yêu cầu cấp số định danh trong một lô.",
                    "A batch carries 1 to " + IdNumberApi.MAX_BATCH + " requests for a personal ID number.")));
        }
        List<Refusal> missing = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                missing.add(Refusal.missing("requests[" + i + "]", "yêu cầu thứ " + (i + 1),
                        "request number " + (i + 1)));
            }
        }
        if (!missing.isEmpty()) {
            throw new RequestRefusedException(missing);
        }
        List<AssignmentDecision> decisions;
        try {
            decisions = numbers.assignAll(requests.stream().map(PersonalIdNumberController::command).toList());
        } catch (RuntimeException e) {
            // Nothing of the batch was kept: each request alone, so that one failing does not fail the others.
            log.warn("A batch of {} requests failed as one transaction ({}): each is served alone", requests.size(),
                    e.getClass().getSimpleName());
            return answers(requests, single::assign);
        }
        Iterator<AssignmentDecision> decided = decisions.iterator();
        return answers(requests, request -> single.respond(request, decided.next()));
    }

    private PersonalIdNumberAnswers answers(List<AssignPersonalIdNumber> requests,
                                            Function<AssignPersonalIdNumber, ResponseEntity<PersonalIdNumberAssigned>> served) {
        List<Answer> answers = new ArrayList<>(requests.size());
        for (AssignPersonalIdNumber request : requests) {
            answers.add(answer(request, served));
        }
        return new PersonalIdNumberAnswers(answers);
    }

    private Answer answer(AssignPersonalIdNumber request,
                          Function<AssignPersonalIdNumber, ResponseEntity<PersonalIdNumberAssigned>> served) {
        try {
            ResponseEntity<PersonalIdNumberAssigned> assigned = served.apply(request);
            return new Answer(request.requestId(), assigned.getStatusCode().value(), assigned.getBody(), null);
        } catch (RequestRefusedException e) {
            return problem(request, problems.refused(e));
        } catch (ParentsDifferException e) {
            return problem(request, problems.parentsDiffer(e));
        } catch (PossibleDuplicateException e) {
            return problem(request, problems.possibleDuplicate(e));
        } catch (RequestIdReusedException e) {
            return problem(request, problems.requestIdReused(e));
        } catch (RuntimeException e) {
            // The class only: a message can quote personal data. Asked again, the request may succeed.
            log.warn("Request {}: failed in a batch: {}", request.requestId(), e.getClass().getSimpleName());
            return problem(request, Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                    "Lỗi hệ thống", "Internal error", "Không xử lý được yêu cầu này; hãy gửi lại sau.",
                    "This request could not be served; send it again later."));
        }
    }

    /**
     * The problem as the request alone would have had it as its body, {@code instance} included: sent
     * alone, the framework names the path it was sent to, {@link IdNumberApi#ASSIGN}.
     */
    private static Answer problem(AssignPersonalIdNumber request, ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() != null ? problem.getInstance().toString() : IdNumberApi.ASSIGN);
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return new Answer(request.requestId(), problem.getStatus(), null, body);
    }
}
