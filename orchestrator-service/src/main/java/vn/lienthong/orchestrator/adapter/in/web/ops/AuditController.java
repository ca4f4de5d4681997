package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.audit.AuditTrailUseCase;
import vn.lienthong.orchestrator.application.port.model.audit.AuditAction;
import vn.lienthong.orchestrator.domain.audit.ChainVerification;
import vn.lienthong.orchestrator.domain.audit.ChainedEntry;

/** The audit chain, newest first, and its verification. */
@RestController
@RequestMapping("/api/v1/ops/audit")
public class AuditController {

    private final AuditTrailUseCase audit;
    private final JsonMapper json;

    public AuditController(AuditTrailUseCase audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** {@code operator}: the token subject of who read or acted. */
    @GetMapping
    public PageView<EntryView> entries(@RequestParam(required = false) String operator,
                                       @RequestParam(required = false) String action,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        var input = new OpsInput();
        AuditAction which = input.oneOf("action", action, AuditAction.class, AuditAction::valueOf, "Thao tác", "action");
        input.page(page);
        input.size(size);
        input.check();
        return PageView.of(audit.find(OpsInput.blankToNull(operator), which, page, size),
                entry -> EntryView.of(entry, json.readTree(entry.details())));
    }

    /**
     * Walks the whole chain up to its head and names the first entry changed, removed or
     * reordered; the walk itself is recorded as {@code VERIFY_AUDIT}.
     */
    @GetMapping("/verify")
    public VerificationView verify(Requester by) {
        return VerificationView.of(audit.verify(by));
    }

    /**
     * One entry. {@code id} and {@code seq} are its place in the chain, {@code operator} and
     * {@code subject} the token's subject; {@code details} is the JSON object that was hashed.
     */
    public record EntryView(long id, long seq, Instant at, String operator, String subject, String displayName,
                            String role, List<String> communes, String clientId, String action, String target,
                            String endpoint, String reason, JsonNode details, String prevHash, String hash) {

        static EntryView of(ChainedEntry entry, JsonNode details) {
            var actor = entry.actor();
            return new EntryView(entry.seq(), entry.seq(), entry.at(), actor.subject(), actor.subject(),
                    actor.displayName(), actor.role(), actor.communes(), actor.clientId(), entry.action(),
                    entry.target(), entry.endpoint(), entry.reason(), details, entry.prevHash(), entry.hash());
        }
    }

    /** {@code headHash} when valid; {@code firstBrokenSeq} and {@code problem} when not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerificationView(boolean valid, long entries, String headHash, Long firstBrokenSeq, String problem) {

        static VerificationView of(ChainVerification verdict) {
            return new VerificationView(verdict.valid(), verdict.entries(), verdict.headHash(),
                    verdict.firstBrokenSeq(), verdict.problem() == null ? null : verdict.problem().name());
        }
    }
}
