package vn.lienthong.orchestrator.adapter.in.web.ops;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

import vn.lienthong.orchestrator.application.port.in.Requester;
import vn.lienthong.orchestrator.application.port.in.ops.Attribution;
import vn.lienthong.orchestrator.application.port.model.ops.StepCondition;
import vn.lienthong.orchestrator.application.port.model.ops.StepFilter;
import vn.lienthong.orchestrator.domain.dossier.Agency;
import vn.lienthong.orchestrator.domain.dossier.Step;
import vn.lienthong.rules.text.TextKind;
import vn.lienthong.rules.text.TextRules;
import vn.lienthong.web.FieldError;
import vn.lienthong.web.InvalidFieldException;
import vn.lienthong.rules.field.FieldCodes;

/**
 * Reads one request's inputs and collects every fault before answering, so the ops user fixes
 * them all at once: create one, read the values, then {@link #check()}.
 */
final class OpsInput {

    static final int MAX_PAGE_SIZE = 200;
    /** Ten years: older than that is every step there is, and longer durations overflow dates. */
    private static final Duration MAX_OLDER_THAN = Duration.ofDays(3650);

    private final List<FieldError> errors = new ArrayList<>();

    /** Throws {@link InvalidFieldException} naming every fault found so far. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(HttpStatus.BAD_REQUEST, errors);
        }
    }

    void fault(String field, String code, String vi, String en) {
        errors.add(new FieldError(field, code, vi, en));
    }

    /**
     * Checks at once: an action's attribution is needed before anything else is looked at. The
     * operator is the caller the token names; an {@code operator} in the body is ignored.
     */
    Attribution attribution(Requester by, OpsActionRequest request) {
        return attribution(by, request == null ? null : request.reason());
    }

    Attribution attribution(Requester by, String reason) {
        text("reason", reason, TextKind.NOTE, "Lý do", "reason");
        check();
        return new Attribution(by, reason);
    }

    private void text(String field, String value, TextKind kind, String vi, String en) {
        if (value == null || value.isBlank()) {
            fault(field, FieldCodes.REQUIRED, vi + " là bắt buộc.", en + " is required.");
        } else {
            TextRules.fault(value.strip(), kind).ifPresent(problem -> fault(field, problem.code(),
                    vi + ": " + problem.messageVi(kind), en + ": " + problem.messageEn(kind)));
        }
    }

    StepFilter filter(String step, String state, String errorKind, String communeCode, String portalDossierCode,
                      String olderThan) {
        return new StepFilter(optionalStep("step", step), condition(state), blankToNull(errorKind),
                blankToNull(communeCode), blankToNull(portalDossierCode), olderThan(olderThan));
    }

    Step step(String field, String value) {
        Step step = optionalStep(field, value);
        if (step == null && (value == null || value.isBlank())) {
            fault(field, FieldCodes.REQUIRED, "Bước là bắt buộc.", field + " is required.");
        }
        return step;
    }

    private Step optionalStep(String field, String value) {
        return oneOf(field, value, Step.class, Step::valueOf, "Bước", "step");
    }

    private StepCondition condition(String value) {
        return oneOf("state", value, StepCondition.class, StepCondition::valueOf, "Tình trạng", "state");
    }

    Agency agency(String value) {
        Agency agency = oneOf("agency", value, Agency.class, Agency::valueOf, "Cơ quan", "agency");
        if (agency == null && (value == null || value.isBlank())) {
            fault("agency", FieldCodes.REQUIRED, "Cơ quan là bắt buộc.", "agency is required.");
        }
        return agency;
    }

    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, Function<String, E> parse, String vi,
                                String en) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            fault(field, "INVALID_VALUE", vi + " không hợp lệ; chọn một trong: " + allowed + ".",
                    en + " must be one of " + allowed + ".");
            return null;
        }
    }

    private Duration olderThan(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration duration = Duration.parse(value.strip());
            if (!duration.isNegative() && duration.compareTo(MAX_OLDER_THAN) <= 0) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        fault("olderThan", "INVALID_VALUE",
                "Thời lượng theo ISO-8601 từ PT0S đến P3650D, ví dụ PT1H (1 giờ) hoặc P2D (2 ngày).",
                "olderThan must be an ISO-8601 duration from PT0S to P3650D, such as PT1H or P2D.");
        return null;
    }

    UUID id(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            fault(field, "INVALID_VALUE", "Mã không hợp lệ.", field + " is not a valid id.");
            return null;
        }
    }

    long number(String field, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        fault(field, "INVALID_VALUE", "Phải là số nguyên từ " + min + " đến " + max + ".",
                field + " must be a whole number from " + min + " to " + max + ".");
        return min;
    }

    int page(int page) {
        if (page < 0) {
            fault("page", "INVALID_VALUE", "Số trang không được âm.", "page must not be negative.");
        }
        return page;
    }

    int size(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            fault("size", "INVALID_VALUE", "Cỡ trang từ 1 đến " + MAX_PAGE_SIZE + ".",
                    "size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return size;
    }

    /**
     * A message key as an audit entry may name it: the system keys its messages by dossier id; a
     * key that is not an id could hold anything, so it is left out.
     */
    static String idOrNull(String key) {
        try {
            return key == null ? null : UUID.fromString(key).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
