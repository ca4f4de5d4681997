package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.time.Instant;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.orchestrator.application.port.in.ops.AuditTrailUseCase;
import vn.lienthong.orchestrator.application.port.out.ops.AuditEntry;
import vn.lienthong.orchestrator.application.port.out.ops.OpsAction;

/** The ops audit log, newest first. */
@RestController
@RequestMapping("/api/v1/ops/audit")
public class AuditController {

    private final AuditTrailUseCase audit;

    public AuditController(AuditTrailUseCase audit) {
        this.audit = audit;
    }

    @GetMapping
    public PageView<EntryView> entries(@RequestParam(required = false) String operator,
                                       @RequestParam(required = false) String action,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        var input = new OpsInput();
        OpsAction which = input.oneOf("action", action, OpsAction.class, OpsAction::valueOf, "Thao tác", "action");
        input.page(page);
        input.size(size);
        input.check();
        return PageView.of(audit.find(OpsInput.blankToNull(operator), which, page, size), EntryView::of);
    }

    public record EntryView(long id, Instant at, String operator, String action, String target, String reason,
                            Map<String, Object> details) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.id(), entry.at(), entry.operator(), entry.action().name(), entry.target(),
                    entry.reason(), entry.details());
        }
    }
}
