package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.audit.AuditedRequests;
import vn.lienthong.orchestrator.application.port.in.audit.AuditedRequests.Audited;
import vn.lienthong.orchestrator.application.port.in.ops.VerificationJobsUseCase;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationItem;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationJob;
import vn.lienthong.orchestrator.application.port.model.ops.VerificationOutcome;
import vn.lienthong.rules.access.Caller;
import vn.lienthong.rules.identity.PersonalIdNumberRule;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Bulk re-verification of personal ID numbers against the population database, in the background.
 * Started by ops; the job and its outcomes (names, dates of birth) are its starter's: anyone else
 * gets 404, except an administrator, who may read its progress and cancel it but not its items.
 */
@RestController
@RequestMapping("/api/v1/ops/verification-jobs")
public class VerificationJobController {

    static final int MAX_NUMBERS = 100_000;
    static final int MAX_RATE = 200;
    private static final int DEFAULT_RATE = 20;
    /** Enough to see what is wrong without answering with a second copy of a huge list. */
    private static final int MAX_NAMED_NUMBERS = 100;

    private final VerificationJobsUseCase jobs;
    private final AuditedRequests audit;

    public VerificationJobController(VerificationJobsUseCase jobs, AuditedRequests audit) {
        this.jobs = jobs;
        this.audit = audit;
    }

    @PostMapping
    public ResponseEntity<JobStarted> start(@RequestBody(required = false) Request request, Requester by) {
        var body = request == null ? new Request(null, null, null, null) : request;
        var input = new OpsInput();
        numbers(input, body.personalIdNumbers());
        int rate = body.ratePerSecond() == null ? DEFAULT_RATE : body.ratePerSecond();
        if (rate < 1 || rate > MAX_RATE) {
            input.fault("ratePerSecond", "INVALID_VALUE", "Tốc độ từ 1 đến " + MAX_RATE + " số mỗi giây.",
                    "ratePerSecond must be between 1 and " + MAX_RATE + ".");
        }
        var attribution = input.attribution(by, body.reason());
        UUID id = jobs.start(body.personalIdNumbers(), rate, attribution);
        var job = jobs.find(id, by.caller());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/ops/verification-jobs/" + id))
                .body(new JobStarted(id, job.status().name(), job.total(), rate));
    }

    @GetMapping("/{jobId}")
    public JobView get(@PathVariable String jobId, Caller caller) {
        var input = new OpsInput();
        UUID id = input.id("jobId", jobId);
        input.check();
        return JobView.of(jobs.find(id, caller));
    }

    /** Stops the job before its next number; what it found stays readable by its starter. */
    @PostMapping("/{jobId}/cancel")
    public JobView cancel(@PathVariable String jobId, @RequestBody(required = false) OpsActionRequest request,
                          Requester by) {
        var input = new OpsInput();
        UUID id = input.id("jobId", jobId);
        var attribution = input.attribution(by, request);
        return JobView.of(jobs.cancel(id, by.caller(), attribution));
    }

    /**
     * Outcomes by position in the submitted list; {@code outcome} absent lists all, pending ones too.
     * The items hold numbers, names and dates of birth: each read is audited.
     */
    @GetMapping("/{jobId}/items")
    public PageView<ItemView> items(@PathVariable String jobId, @RequestParam(required = false) String outcome,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size, Requester by) {
        var input = new OpsInput();
        UUID id = input.id("jobId", jobId);
        var which = input.oneOf("outcome", outcome, VerificationOutcome.class, VerificationOutcome::valueOf,
                "Kết quả", "outcome");
        input.page(page);
        input.size(size);
        input.check();
        return audit.audited(by, AuditAction.READ_VERIFICATION_ITEMS, () -> {
            var found = jobs.items(id, by.caller(), which, page, size);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("outcome", which == null ? null : which.name());
            details.put("page", page);
            details.put("size", size);
            details.put("items", found.items().size());
            return new Audited<>(PageView.of(found, ItemView::of), "verification-jobs/" + id + "/items", details);
        });
    }

    private static void numbers(OpsInput input, List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            input.fault("personalIdNumbers", FieldCodes.REQUIRED, "Cần ít nhất một số định danh cá nhân.",
                    "personalIdNumbers must list at least one number.");
            return;
        }
        if (numbers.size() > MAX_NUMBERS) {
            input.fault("personalIdNumbers", "TOO_MANY", "Tối đa " + MAX_NUMBERS + " số mỗi lần.",
                    "personalIdNumbers may hold at most " + MAX_NUMBERS + " numbers.");
            return;
        }
        int bad = 0;
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            if (!PersonalIdNumberRule.isWellFormed(number)) {
                if (++bad <= MAX_NAMED_NUMBERS) {
                    input.fault("personalIdNumbers[" + i + "]", "INVALID_ID_NUMBER",
                            "Số định danh cá nhân phải có đúng 12 chữ số.", "A personal ID number has exactly 12 digits.");
                }
            }
        }
        if (bad > MAX_NAMED_NUMBERS) {
            input.fault("personalIdNumbers", "INVALID_ID_NUMBER",
                    "Còn " + (bad - MAX_NAMED_NUMBERS) + " số không hợp lệ khác.",
                    (bad - MAX_NAMED_NUMBERS) + " more numbers are not valid.");
        }
    }

    public record Request(List<String> personalIdNumbers, Integer ratePerSecond, String operator, String reason) {
    }

    public record JobStarted(UUID jobId, String status, int total, int ratePerSecond) {
    }

    /** {@code cancelledBy} and {@code cancelReason} only once cancelled; {@code pending} then counts the numbers never checked. */
    public record JobView(UUID id, String status, int total, int found, int notFound, int failed, int pending,
                          int ratePerSecond, int maxRounds, Instant startedAt, Instant finishedAt, String operator,
                          String reason, @JsonInclude(JsonInclude.Include.NON_NULL) String cancelledBy,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String cancelReason) {

        static JobView of(VerificationJob job) {
            return new JobView(job.id(), job.status().name(), job.total(), job.found(), job.notFound(), job.failed(),
                    job.pending(), job.ratePerSecond(), job.maxRounds(), job.startedAt(), job.finishedAt(),
                    job.operator(), job.reason(), job.cancelledBy(), job.cancelReason());
        }
    }

    /** {@code outcome} null: not checked yet, or waiting for another round after {@code lastError}. */
    public record ItemView(int index, String personalIdNumber, String outcome, String fullName, LocalDate dateOfBirth,
                           int attempts, String lastError) {

        static ItemView of(VerificationItem item) {
            return new ItemView(item.index(), item.personalIdNumber(),
                    item.outcome() == null ? null : item.outcome().name(), item.fullName(), item.dateOfBirth(),
                    item.attempts(), item.lastError());
        }
    }
}
