package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.ops.FindTroubledStepsUseCase;
import vn.lienthong.orchestrator.application.port.in.ops.ReplayStepUseCase;
import vn.lienthong.orchestrator.application.port.model.ops.TroubledStep;
import vn.lienthong.orchestrator.domain.dossier.DossierId;
import vn.lienthong.orchestrator.domain.dossier.Step;

/** Failed, waiting and stuck steps, oldest first, and the replay of one of them. */
@RestController
@RequestMapping("/api/v1/ops")
public class TroubledStepController {

    private final FindTroubledStepsUseCase steps;
    private final ReplayStepUseCase replays;
    private final Clock clock;

    public TroubledStepController(FindTroubledStepsUseCase steps, ReplayStepUseCase replays, Clock clock) {
        this.steps = steps;
        this.replays = replays;
        this.clock = clock;
    }

    /** {@code olderThan}: how long the step has been in its current status, e.g. PT1H. */
    @GetMapping("/steps")
    public PageView<StepView> steps(@RequestParam(required = false) String step,
                                    @RequestParam(required = false) String state,
                                    @RequestParam(required = false) String errorKind,
                                    @RequestParam(required = false) String communeCode,
                                    @RequestParam(required = false) String portalDossierCode,
                                    @RequestParam(required = false) String olderThan,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        var input = new OpsInput();
        var filter = input.filter(step, state, errorKind, communeCode, portalDossierCode, olderThan);
        input.page(page);
        input.size(size);
        input.check();
        Instant now = clock.instant();
        return PageView.of(steps.find(filter, page, size), found -> StepView.of(found, now));
    }

    @PostMapping("/dossiers/{dossierId}/steps/{step}/replay")
    public ReplayedView replay(@PathVariable String dossierId, @PathVariable String step,
                               @RequestBody(required = false) OpsActionRequest request,
                               Requester by) {
        var input = new OpsInput();
        UUID id = input.id("dossierId", dossierId);
        Step which = input.step("step", step);
        var attribution = input.attribution(by, request);
        var replayed = replays.replay(new DossierId(id), which, attribution);
        return new ReplayedView(replayed.dossierId().value(), replayed.step().name(), replayed.replay().name(),
                replayed.status().name(), replayed.commandId(), replayed.attempts());
    }

    /** One row of the listing; {@code age} is how long the step has been in its status (ISO-8601). */
    public record StepView(UUID dossierId, String portalDossierCode, String communeCode, String step, String status,
                           int attempts, ErrorView lastError, Instant since, Instant nextAttemptAt, String age,
                           long ageSeconds) {

        static StepView of(TroubledStep step, Instant now) {
            Duration age = step.age(now).truncatedTo(ChronoUnit.SECONDS);
            var error = step.lastError();
            return new StepView(step.dossierId(), step.portalDossierCode(), step.communeCode(), step.step().name(),
                    step.status().name(), step.attempts(),
                    error == null ? null : new ErrorView(error.code(), error.messageVi(), error.messageEn()),
                    step.since(), step.nextAttemptAt(), age.toString(), age.toSeconds());
        }
    }

    public record ErrorView(String code, String messageVi, String messageEn) {
    }

    /** How the step went out again ({@code replay}) and where it stands now. */
    public record ReplayedView(UUID dossierId, String step, String replay, String status, UUID commandId,
                               int attempts) {
    }
}
