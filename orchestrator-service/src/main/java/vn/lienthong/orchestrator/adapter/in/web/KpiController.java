package vn.lienthong.orchestrator.adapter.in.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lienthong.orchestrator.application.ProcedureSettings;
import vn.lienthong.orchestrator.application.port.in.MeasureKpisUseCase;
import vn.lienthong.orchestrator.application.port.model.kpi.Commune;
import vn.lienthong.orchestrator.application.port.model.kpi.Kpis;
import vn.lienthong.rules.access.Caller;
import vn.lienthong.web.FieldError;
import vn.lienthong.web.InvalidFieldException;

/**
 * Key performance indicators measured from the dossiers (definitions in docs/console.md), and the
 * communes they can be asked for. A commune's staff measure their communes only, as they list them.
 */
@RestController
public class KpiController {

    /** A year and a day: a leap year's period fits. */
    static final int MAX_DAYS = 366;
    private static final int DEFAULT_DAYS = 30;

    private final MeasureKpisUseCase kpis;
    private final ProcedureSettings settings;
    private final Clock clock;

    public KpiController(MeasureKpisUseCase kpis, ProcedureSettings settings, Clock clock) {
        this.kpis = kpis;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * {@code from} and {@code to} are days in the procedure's zone, both included (default: the last
     * 30 days); {@code communeCode} or {@code province} narrow the scope, not both.
     */
    @GetMapping("/api/v1/kpis")
    public Kpis measure(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String communeCode,
                        @RequestParam(required = false) String province, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate last = day("to", to, today, errors);
        LocalDate first = day("from", from, last == null ? today.minusDays(DEFAULT_DAYS - 1) : last.minusDays(DEFAULT_DAYS - 1),
                errors);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                errors.add(invalid("to", "Ngày kết thúc (to) phải sau hoặc bằng ngày bắt đầu (from).",
                        "to must be on or after from."));
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                errors.add(invalid("to", "Khoảng thời gian tối đa " + MAX_DAYS + " ngày.",
                        "The period may span at most " + MAX_DAYS + " days."));
            }
        }
        String commune = code("communeCode", communeCode, 5, "Mã xã gồm 5 chữ số.", errors);
        String provinceCode = code("province", province, 3, "Mã tỉnh gồm 3 chữ số.", errors);
        if (commune != null && provinceCode != null) {
            errors.add(invalid("province", "Chọn xã hoặc tỉnh, không chọn cả hai.",
                    "Give communeCode or province, not both."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(HttpStatus.BAD_REQUEST, errors);
        }
        return kpis.measure(first, last, commune, provinceCode, caller);
    }

    @GetMapping("/api/v1/communes")
    public Communes communes(Caller caller) {
        return new Communes(kpis.communes(caller));
    }

    public record Communes(List<Commune> communes) {
    }

    private static LocalDate day(String field, String value, LocalDate fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() >= 2000 && day.getYear() <= 2999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        errors.add(invalid(field, "Ngày theo dạng YYYY-MM-DD, từ năm 2000 đến 2999.",
                field + " must be a date YYYY-MM-DD between the years 2000 and 2999."));
        return null;
    }

    private static String code(String field, String value, int digits, String vi, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{" + digits + "}")) {
            errors.add(invalid(field, vi, field + " must have " + digits + " digits."));
            return null;
        }
        return value.strip();
    }

    private static FieldError invalid(String field, String vi, String en) {
        return new FieldError(field, "INVALID_VALUE", vi, en);
    }
}
