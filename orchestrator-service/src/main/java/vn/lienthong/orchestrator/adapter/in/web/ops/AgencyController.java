package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausesUseCase.AgencyState;
import vn.lienthong.orchestrator.application.port.in.ops.AgencyPausesUseCase;

/**
 * Pausing and resuming the automatic requests to one agency. PUT pauses, DELETE resumes; both
 * take why in the body, and who from the access token.
 */
@RestController
@RequestMapping("/api/v1/ops/agencies")
public class AgencyController {

    private final AgencyPausesUseCase pauses;

    public AgencyController(AgencyPausesUseCase pauses) {
        this.pauses = pauses;
    }

    @GetMapping
    public Agencies agencies() {
        return new Agencies(pauses.agencies().stream().map(AgencyView::of).toList());
    }

    @PutMapping("/{agency}/pause")
    public AgencyView pause(@PathVariable String agency, @RequestBody(required = false) OpsActionRequest request,
                            Requester by) {
        var input = new OpsInput();
        var which = input.agency(agency);
        return AgencyView.of(pauses.pause(which, input.attribution(by, request)));
    }

    @DeleteMapping("/{agency}/pause")
    public AgencyView resume(@PathVariable String agency, @RequestBody(required = false) OpsActionRequest request,
                             Requester by) {
        var input = new OpsInput();
        var which = input.agency(agency);
        return AgencyView.of(pauses.resume(which, input.attribution(by, request)));
    }

    public record Agencies(List<AgencyView> agencies) {
    }

    /**
     * {@code waitingSteps}: steps scheduled or waiting to retry for this agency (held ones
     * included). {@code circuitBreaker}: for the population database only.
     */
    public record AgencyView(String agency, boolean paused, String pausedBy, Instant pausedAt, String reason,
                             long waitingSteps, String circuitBreaker) {

        static AgencyView of(AgencyState state) {
            var pause = state.pause();
            return new AgencyView(state.agency().name(), pause != null, pause == null ? null : pause.pausedBy(),
                    pause == null ? null : pause.since(), pause == null ? null : pause.reason(), state.waitingSteps(),
                    state.circuitBreaker());
        }
    }
}
