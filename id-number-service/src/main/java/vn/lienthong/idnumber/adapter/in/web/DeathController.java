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
import vn.lienthong.contracts.idnumber.DeathRecorded;
import vn.lienthong.contracts.idnumber.IdNumberApi;
import vn.lienthong.contracts.idnumber.RecordDeath;
import vn.lienthong.idnumber.application.port.in.RecordDeathCommand;
import vn.lienthong.idnumber.application.port.in.RecordDeathUseCase;
import vn.lienthong.idnumber.domain.DeathDecision;
import vn.lienthong.idnumber.domain.DeathRecord;

/**
 * Records a citizen's death, as the civil-status software reports a registered death to the
 * population database: 201 when newly recorded, 200 for the same request or the same death extract
 * again. Refusals become problem responses in {@link ProblemResponses}.
 */
@RestController
public class DeathController {

    private static final Logger log = LoggerFactory.getLogger(DeathController.class);

    private final RecordDeathUseCase deaths;
    private final MeterRegistry meters;

    public DeathController(RecordDeathUseCase deaths, MeterRegistry meters) {
        this.deaths = deaths;
        this.meters = meters;
    }

    @PostMapping(IdNumberApi.DEATHS)
    public ResponseEntity<DeathRecorded> record(@RequestBody RecordDeath request) {
        DeathDecision decision = deaths.record(new RecordDeathCommand(request.requestId(), request.personalIdNumber(),
                request.dateOfDeath(), request.deathExtractNumber()));
        if (decision instanceof DeathDecision.Recorded recorded) {
            count(request, recorded.newlyRecorded() ? "recorded" : "repeated");
            DeathRecorded body = body(recorded.record(), recorded.newlyRecorded());
            return recorded.newlyRecorded() ? ResponseEntity.created(citizen(body)).body(body) : ResponseEntity.ok(body);
        }
        if (decision instanceof DeathDecision.Refused refused) {
            count(request, "refused");
            throw new RequestRefusedException(refused.reasons());
        }
        if (decision instanceof DeathDecision.AlreadyDeceased already) {
            count(request, "already-deceased");
            throw new AlreadyDeceasedException(already.dateOfDeath());
        }
        count(request, "request-id-reused");
        throw new RequestIdReusedException("Mã yêu cầu này đã được dùng cho một việc báo tử khác.",
                "This request id was already used for a different death.");
    }

    private static DeathRecorded body(DeathRecord death, boolean newlyRecorded) {
        return new DeathRecorded(death.requestId(), death.person().value(), death.dateOfDeath(),
                death.deathExtractNumber(), newlyRecorded, death.recordedAt());
    }

    private static URI citizen(DeathRecorded recorded) {
        return UriComponentsBuilder.fromPath(IdNumberApi.CITIZEN).buildAndExpand(recorded.personalIdNumber()).toUri();
    }

    /** Counts and logs the outcome; the request id is an opaque key, not personal data. */
    private void count(RecordDeath request, String outcome) {
        meters.counter("lienthong.id_number.deaths", "outcome", outcome).increment();
        log.info("Request {}: death {}", request.requestId(), outcome);
    }
}
