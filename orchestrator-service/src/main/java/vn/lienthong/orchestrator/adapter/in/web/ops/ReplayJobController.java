package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.ops.ReplayJobsUseCase;
import vn.lienthong.orchestrator.application.port.model.ops.ReplayJob;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;

/** Bulk replay by filter, as a background job whose progress can be followed. */
@RestController
@RequestMapping("/api/v1/ops/replay-jobs")
public class ReplayJobController {

    private final ReplayJobsUseCase jobs;

    public ReplayJobController(ReplayJobsUseCase jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    public ResponseEntity<JobStarted> start(@RequestBody(required = false) Request request, Requester by) {
        var body = request == null ? new Request(null, null, null, null, null, null, null, null) : request;
        var input = new OpsInput();
        StepFilter filter = input.filter(body.step(), body.state(), body.errorKind(), body.communeCode(),
                body.portalDossierCode(), body.olderThan());
        var attribution = input.attribution(by, body.reason());
        UUID id = jobs.start(filter, attribution);
        ReplayJob job = jobs.find(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/ops/replay-jobs/" + id))
                .body(new JobStarted(id, job.status().name(), job.total()));
    }

    @GetMapping("/{jobId}")
    public JobView get(@PathVariable String jobId) {
        var input = new OpsInput();
        UUID id = input.id("jobId", jobId);
        input.check();
        return JobView.of(jobs.find(id));
    }

    /** The filter of {@code GET /api/v1/ops/steps}, and who replays and why. */
    public record Request(String step, String state, String errorKind, String communeCode, String portalDossierCode,
                          String olderThan, String operator, String reason) {
    }

    public record JobStarted(UUID jobId, String status, int total) {
    }

    /** {@code errors}: the first items that were skipped or failed, with why. */
    public record JobView(UUID id, String status, int total, int replayed, int skipped, int failed, int pending,
                          Instant startedAt, Instant finishedAt, String operator, String operatorName, String reason,
                          Request filter,
                          List<ItemError> errors) {

        static JobView of(ReplayJob job) {
            var f = job.filter();
            var filter = new Request(f.step() == null ? null : f.step().name(),
                    f.condition() == null ? null : f.condition().name(), f.errorKind(), f.communeCode(),
                    f.portalDossierCode(), f.olderThan() == null ? null : f.olderThan().toString(), null, null);
            return new JobView(job.id(), job.status().name(), job.total(), job.replayed(), job.skipped(), job.failed(),
                    job.pending(), job.startedAt(), job.finishedAt(), job.operator(), job.operatorName(), job.reason(), filter,
                    job.problems().stream().map(problem -> new ItemError(problem.item().dossierId(),
                            problem.item().step().name(), problem.outcome().kind().name(), problem.outcome().code(),
                            problem.outcome().message())).toList());
        }
    }

    public record ItemError(UUID dossierId, String step, String outcome, String code, String message) {
    }
}
